package com.pingyi.evaluation.application.port.in.round;

import java.util.Objects;

/** Command: closes a round: refused with every missing score listed; otherwise scores lock and the results are stored. */
public record CloseRound(RoundRef round) {

    public CloseRound {
        Objects.requireNonNull(round, "round");
    }
}
