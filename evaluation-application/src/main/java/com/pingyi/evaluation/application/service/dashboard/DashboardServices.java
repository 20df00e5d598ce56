package com.pingyi.evaluation.application.service.dashboard;

import com.pingyi.evaluation.application.port.in.dashboard.GetDashboardUseCase;
import com.pingyi.evaluation.application.port.out.LoadRoundPort;
import com.pingyi.evaluation.application.port.out.LoadRoundSummariesPort;
import com.pingyi.evaluation.application.port.out.RoundFiguresPort;

/** The dashboard's query, created here so that its service stays package-private. */
public final class DashboardServices {

    private DashboardServices() {
    }

    public static GetDashboardUseCase getDashboard(LoadRoundSummariesPort summaries, RoundFiguresPort figures, LoadRoundPort load) {
        return new GetDashboardService(summaries, figures, load);
    }
}
