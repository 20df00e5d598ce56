package com.pingyi.evaluation.application.port.in.result;

import com.pingyi.evaluation.domain.unit.UnitId;
import java.util.Objects;

/** Query: a unit's rate, band and rank year by year, through its predecessors where it did not yet exist. */
public record UnitHistory(UnitId unit) {

    public UnitHistory {
        Objects.requireNonNull(unit, "unit");
    }
}
