package com.pingyi.evaluation.application.port.in.round;

import java.util.Objects;

/** Command: reopens a CLOSED round for scoring, with the reason; its results snapshot is withdrawn until it closes again. */
public record ReopenRound(RoundRef round, String reason) {

    public ReopenRound {
        Objects.requireNonNull(round, "round");
    }
}
