package com.pingyi.evaluation.application.port.in.round;

import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.util.Objects;
import java.util.Optional;

/** Query: everything recorded for one unit of a round, indicator by indicator; no unit means the round's first. */
public record GetUnitSheet(RoundId round, UnitId unit) {

    public GetUnitSheet {
        Objects.requireNonNull(round, "round");
    }

    public static GetUnitSheet firstUnit(RoundId round) {
        return new GetUnitSheet(round, null);
    }

    public Optional<UnitId> chosenUnit() {
        return Optional.ofNullable(unit);
    }
}
