package com.pingyi.evaluation.domain.result;

import com.pingyi.evaluation.domain.scheme.IndicatorCode;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.math.BigDecimal;
import java.util.List;

/** What a unit claimed in its self-inspection minus what was verified, per indicator and in total. */
public record SelfInspectionGap(UnitId unit, List<Line> lines, BigDecimal total) {

    public SelfInspectionGap {
        lines = List.copyOf(lines);
    }

    /** gap = claimed - verified (positive: the unit claimed more than was verified). */
    public record Line(IndicatorCode indicator, String name, BigDecimal claimed, BigDecimal verified, BigDecimal gap) {
    }
}
