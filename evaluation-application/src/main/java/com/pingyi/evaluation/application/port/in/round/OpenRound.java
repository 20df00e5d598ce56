package com.pingyi.evaluation.application.port.in.round;

import java.util.Objects;

/** Command: opens a round for scoring; its scheme and grade bands freeze. */
public record OpenRound(RoundRef round) {

    public OpenRound {
        Objects.requireNonNull(round, "round");
    }
}
