package com.pingyi.evaluation.application.port.in.round;

import com.pingyi.evaluation.domain.scheme.IndicatorCode;
import com.pingyi.evaluation.domain.score.ScorerId;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.util.Objects;

/** Command: removes one scorer's verified score of a unit x indicator. */
public record RemoveScore(RoundRef round, UnitId unit, IndicatorCode indicator, ScorerId scorer) {

    public RemoveScore {
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(scorer, "scorer");
    }
}
