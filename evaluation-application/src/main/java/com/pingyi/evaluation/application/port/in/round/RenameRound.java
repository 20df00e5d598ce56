package com.pingyi.evaluation.application.port.in.round;

import java.util.Objects;

/** Command: gives a round a new title. */
public record RenameRound(RoundRef round, String title) {

    public RenameRound {
        Objects.requireNonNull(round, "round");
    }
}
