package com.pingyi.evaluation.application.service.round;

import com.pingyi.evaluation.application.port.in.round.ListRoundsUseCase;
import com.pingyi.evaluation.application.port.out.LoadRoundSummariesPort;

/**
 * The only way to obtain the round use cases: the services stay package-private, and the wiring
 * (which lives with the runnable app) sees nothing but the input ports.
 */
public final class RoundServices {

    private RoundServices() {
    }

    public static ListRoundsUseCase listRounds(LoadRoundSummariesPort loadRounds) {
        return new ListRoundsService(loadRounds);
    }
}
