package com.pingyi.evaluation.domain.result;

import com.pingyi.evaluation.domain.scheme.DimensionCode;
import com.pingyi.evaluation.domain.scheme.EvaluationMethod;
import com.pingyi.evaluation.domain.scheme.IndicatorCode;
import com.pingyi.evaluation.domain.shared.Points;
import java.math.BigDecimal;
import java.util.List;

/**
 * One step of the pipeline with its figures, in the order the pipeline runs: veto, points of
 * record, dimension rates, weighted total, deductions, bonus, rounding, band. Together they answer
 * "why this grade?". Figures at 12 places are the exact intermediate values; shown figures are rounded.
 */
public sealed interface ExplanationStep {

    /** Step 1: the VETO indicators; any failure forces the lowest band. */
    record VetoCheck(List<VetoFailure> failures) implements ExplanationStep {
        public VetoCheck {
            failures = List.copyOf(failures);
        }

        public boolean vetoed() {
            return !failures.isEmpty();
        }
    }

    record VetoFailure(IndicatorCode indicator, String name, String reason) {
    }

    /** Step 2: the points of record of every indicator. */
    record PointsOfRecord(List<IndicatorPoints> lines) implements ExplanationStep {
        public PointsOfRecord {
            lines = List.copyOf(lines);
        }
    }

    /**
     * One indicator: its raw scores (or measured value), how they became the points of record
     * ({@code how}: the aggregation or the rule), and the points at 12 places; {@code points} is null
     * when the indicator does not apply to the unit.
     */
    record IndicatorPoints(IndicatorCode indicator, String name, String kind, EvaluationMethod method,
            List<Points> rawScores, String measuredValue, String how, Points max, BigDecimal points,
            String notApplicableReason) {
        public IndicatorPoints {
            rawScores = List.copyOf(rawScores);
        }

        public boolean applicable() {
            return notApplicableReason == null;
        }
    }

    /** Step 3: the rate of every dimension over its applicable rated indicators. */
    record DimensionRates(List<DimensionRate> rates) implements ExplanationStep {
        public DimensionRates {
            rates = List.copyOf(rates);
        }
    }

    /**
     * One dimension: points over the applicable maximum ({@code rate}, a fraction at 12 places; shown as
     * {@code shownPercent}), and the not-applicable factor = full maximum / applicable maximum (1 when all
     * apply, e.g. 4/3 when 75 of 100 points apply). Not {@code applicable} when none of its rated indicators applies.
     */
    record DimensionRate(DimensionCode dimension, String name, BigDecimal weight, BigDecimal points,
            BigDecimal applicableMax, BigDecimal fullMax, BigDecimal notApplicableFactor, BigDecimal rate,
            BigDecimal shownPercent, boolean applicable) {
    }

    /** Step 4: sum of rate x weight, scaled by factor = 100 / applicable weight (1 when all weights apply). */
    record WeightedTotal(BigDecimal sumOfRateTimesWeight, BigDecimal applicableWeight, BigDecimal factor,
            BigDecimal total) implements ExplanationStep {
    }

    /** Step 5: deductions, each capped at its maximum; base = total - deductions, floored at 0. */
    record Deductions(List<DeductionLine> lines, BigDecimal total, BigDecimal base) implements ExplanationStep {
        public Deductions {
            lines = List.copyOf(lines);
        }
    }

    record DeductionLine(IndicatorCode indicator, String name, BigDecimal recorded, Points max, BigDecimal applied) {
    }

    /** Step 6: bonus points, each counted only when the base reaches its threshold; the sum clamped to 0..100. */
    record Bonus(List<BonusLine> lines, BigDecimal total, BigDecimal beforeClamp, BigDecimal rate)
            implements ExplanationStep {
        public Bonus {
            lines = List.copyOf(lines);
        }
    }

    record BonusLine(IndicatorCode indicator, String name, BigDecimal threshold, BigDecimal points, boolean counted) {
    }

    /** Step 7: the score rate rounded HALF_UP to the display precision; the only rounding that enters a grade. */
    record Rounding(BigDecimal unrounded, int precision, BigDecimal rounded) implements ExplanationStep {
    }

    /** Step 8: the band of the rounded rate, or the lowest band because of a veto. */
    record Band(String label, String interval, boolean byVeto, int rank) implements ExplanationStep {
    }
}
