package com.pingyi.evaluation.wiring;

import com.pingyi.evaluation.application.port.in.finding.ListFindingsUseCase;
import com.pingyi.evaluation.application.port.in.finding.ListRectificationsUseCase;
import com.pingyi.evaluation.application.port.in.finding.ListStatisticOptionsUseCase;
import com.pingyi.evaluation.application.port.out.LoadRoundPort;
import com.pingyi.evaluation.application.service.finding.FindingQueries;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The findings editor's queries, kept apart from the round wiring so that the findings work adds a file instead of editing one. */
@Configuration(proxyBeanMethods = false)
class FindingQueryConfiguration {

    @Bean
    FindingQueries findingQueries(LoadRoundPort load) {
        return new FindingQueries(load);
    }

    @Bean
    ListFindingsUseCase listFindingsUseCase(FindingQueries queries) {
        return queries.listFindings();
    }

    @Bean
    ListStatisticOptionsUseCase listStatisticOptionsUseCase(FindingQueries queries) {
        return queries.listStatisticOptions();
    }

    @Bean
    ListRectificationsUseCase listRectificationsUseCase(FindingQueries queries) {
        return queries.listRectifications();
    }
}
