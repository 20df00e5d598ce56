package com.pingyi.evaluation.application.port.in.round;

import com.pingyi.evaluation.domain.scheme.Scheme;
import java.util.Objects;

/** Command: sets the dimensions, weights and indicators of a round in DRAFT. */
public record DefineScheme(RoundRef round, Scheme scheme) {

    public DefineScheme {
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(scheme, "scheme");
    }
}
