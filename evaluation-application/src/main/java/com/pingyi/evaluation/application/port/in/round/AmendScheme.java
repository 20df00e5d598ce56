package com.pingyi.evaluation.application.port.in.round;

import com.pingyi.evaluation.domain.scheme.Scheme;
import java.util.Objects;

/** Command: changes the scheme of an OPEN round, recorded as an amendment with its reason. */
public record AmendScheme(RoundRef round, Scheme scheme, String reason) {

    public AmendScheme {
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(scheme, "scheme");
    }
}
