package com.pingyi.evaluation.domain.score;

import com.pingyi.evaluation.domain.scheme.IndicatorCode;
import com.pingyi.evaluation.domain.shared.Points;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.math.BigDecimal;
import java.util.List;

/** A unit x indicator whose experts disagree more than the limit: flagged for a second look. */
public record SpreadFlag(UnitId unit, IndicatorCode indicator, List<Points> scores, BigDecimal standardDeviation,
        Points limit) {

    public SpreadFlag {
        scores = List.copyOf(scores);
    }
}
