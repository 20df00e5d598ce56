package com.pingyi.evaluation.application.port.in.result;

import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.util.Objects;

/** Query: why did this unit get this grade? */
public record ExplainResult(RoundId round, UnitId unit) {

    public ExplainResult {
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(unit, "unit");
    }
}
