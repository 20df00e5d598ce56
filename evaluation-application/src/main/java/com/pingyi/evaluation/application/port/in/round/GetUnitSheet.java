package com.pingyi.evaluation.application.port.in.round;

import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.util.Objects;

/** Query: everything recorded for one unit of a round, indicator by indicator. */
public record GetUnitSheet(RoundId round, UnitId unit) {

    public GetUnitSheet {
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(unit, "unit");
    }
}
