package com.pingyi.evaluation.application.port.in.round;

import com.pingyi.evaluation.domain.scheme.IndicatorCode;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.util.Objects;

/** Command: withdraws a not-applicable mark: the indicator counts for the unit again. */
public record MarkApplicable(RoundRef round, UnitId unit, IndicatorCode indicator) {

    public MarkApplicable {
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(indicator, "indicator");
    }
}
