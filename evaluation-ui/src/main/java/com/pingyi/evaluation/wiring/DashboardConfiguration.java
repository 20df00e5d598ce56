package com.pingyi.evaluation.wiring;

import com.pingyi.evaluation.application.port.in.dashboard.GetDashboardUseCase;
import com.pingyi.evaluation.application.port.out.LoadRoundPort;
import com.pingyi.evaluation.application.port.out.LoadRoundSummariesPort;
import com.pingyi.evaluation.application.port.out.RoundFiguresPort;
import com.pingyi.evaluation.application.service.dashboard.DashboardServices;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The dashboard's query, wired apart from the round use cases so that the dashboard adds a file instead of editing one. */
@Configuration(proxyBeanMethods = false)
class DashboardConfiguration {

    @Bean
    GetDashboardUseCase getDashboardUseCase(LoadRoundSummariesPort summaries, RoundFiguresPort figures, LoadRoundPort load) {
        return DashboardServices.getDashboard(summaries, figures, load);
    }
}
