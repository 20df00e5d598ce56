package com.pingyi.evaluation.application.port.in.round;

import java.time.LocalDate;
import java.util.Objects;

/** Command: publishes a CLOSED round once the notice's cross-check passes; the round then never changes. */
public record PublishRound(RoundRef round, LocalDate on) {

    public PublishRound {
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(on, "on");
    }
}
