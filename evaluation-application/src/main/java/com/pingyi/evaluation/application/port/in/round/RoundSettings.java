package com.pingyi.evaluation.application.port.in.round;

import com.pingyi.evaluation.domain.grade.GradeScale;
import com.pingyi.evaluation.domain.scheme.Scheme;
import java.util.Objects;
import java.util.Optional;

/**
 * The settings an editor starts from: the scheme (empty while a draft has none yet) and the grade
 * bands. The domain's immutable values serve as the read model, so nothing is mapped twice.
 */
public record RoundSettings(Optional<Scheme> scheme, GradeScale scale) {

    public RoundSettings {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(scale, "scale");
    }
}
