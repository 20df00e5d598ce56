package com.pingyi.evaluation.application.port.in.round;

import com.pingyi.evaluation.domain.grade.GradeScale;
import java.util.Objects;

/** Command: sets the grade bands of a round in DRAFT (checked contiguous over 0..100). */
public record DefineGradeScale(RoundRef round, GradeScale scale) {

    public DefineGradeScale {
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(scale, "scale");
    }
}
