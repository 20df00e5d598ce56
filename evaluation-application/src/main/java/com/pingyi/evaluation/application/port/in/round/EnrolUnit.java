package com.pingyi.evaluation.application.port.in.round;

import com.pingyi.evaluation.domain.unit.EvaluatedUnit;
import java.util.Objects;

/** Command: adds a unit to a round in DRAFT, after the units already enrolled (registry order). */
public record EnrolUnit(RoundRef round, EvaluatedUnit unit) {

    public EnrolUnit {
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(unit, "unit");
    }
}
