package com.pingyi.evaluation.application.port.in.unit;

import com.pingyi.evaluation.domain.unit.UnitId;
import java.util.Objects;

/** Query: one registered unit. */
public record GetUnit(UnitId unit) {

    public GetUnit {
        Objects.requireNonNull(unit, "unit");
    }
}
