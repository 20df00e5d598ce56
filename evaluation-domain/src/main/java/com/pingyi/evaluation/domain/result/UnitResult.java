package com.pingyi.evaluation.domain.result;

import com.pingyi.evaluation.domain.grade.GradeBand;
import com.pingyi.evaluation.domain.scheme.Dimension;
import com.pingyi.evaluation.domain.scheme.Indicator;
import com.pingyi.evaluation.domain.scheme.IndicatorKind;
import com.pingyi.evaluation.domain.score.UnitSheet;
import com.pingyi.evaluation.domain.shared.Decimals;
import com.pingyi.evaluation.domain.shared.Points;
import com.pingyi.evaluation.domain.shared.ScoreRate;
import com.pingyi.evaluation.domain.shared.Weight;
import com.pingyi.evaluation.domain.unit.EvaluatedUnit;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The result of one unit: its rounded score rate, band and rank, with the exact figures behind them.
 * The full step-by-step {@link #explanation()} is built on demand.
 */
public final class UnitResult {

    private static final int SCALE = Decimals.INTERMEDIATE_SCALE;

    private final CompiledScheme compiled;
    private final UnitSheet sheet;
    private final EvaluatedUnit unit;
    private final int registryIndex;
    private final List<ExplanationStep.VetoFailure> vetoFailures;
    private final long[] points;
    private final long[] dimensionPoints;
    private final long[] dimensionMaxCents;
    private final long[] dimensionRates;
    private final long sumOfRateTimesWeight;
    private final long applicableWeightCents;
    private final long weightedTotal;
    private final long deductionCents;
    private final long base;
    private final long bonus;
    private final long unroundedRate;
    private final ScoreRate rate;
    private final int precision;
    private final GradeBand band;
    private final int rank;

    UnitResult(CompiledScheme compiled, UnitSheet sheet, EvaluatedUnit unit, int registryIndex,
            List<ExplanationStep.VetoFailure> vetoFailures, long[] points, long[] dimensionPoints,
            long[] dimensionMaxCents, long[] dimensionRates, long sumOfRateTimesWeight, long applicableWeightCents,
            long weightedTotal, long deductionCents, long base, long bonus, long unroundedRate, ScoreRate rate,
            int precision, GradeBand band, int rank) {
        this.compiled = compiled;
        this.sheet = sheet;
        this.unit = unit;
        this.registryIndex = registryIndex;
        this.vetoFailures = vetoFailures;
        this.points = points;
        this.dimensionPoints = dimensionPoints;
        this.dimensionMaxCents = dimensionMaxCents;
        this.dimensionRates = dimensionRates;
        this.sumOfRateTimesWeight = sumOfRateTimesWeight;
        this.applicableWeightCents = applicableWeightCents;
        this.weightedTotal = weightedTotal;
        this.deductionCents = deductionCents;
        this.base = base;
        this.bonus = bonus;
        this.unroundedRate = unroundedRate;
        this.rate = rate;
        this.precision = precision;
        this.band = band;
        this.rank = rank;
    }

    /** The same result with its rank in a ranking (results are immutable; ranking makes ranked copies). */
    UnitResult withRank(int newRank) {
        return new UnitResult(compiled, sheet, unit, registryIndex, vetoFailures, points, dimensionPoints,
                dimensionMaxCents, dimensionRates, sumOfRateTimesWeight, applicableWeightCents, weightedTotal,
                deductionCents, base, bonus, unroundedRate, rate, precision, band, newRank);
    }

    public EvaluatedUnit unit() {
        return unit;
    }

    public UnitId unitId() {
        return unit.id();
    }

    /** Position of the unit in the round's registry (0-based); breaks ties in the notice. */
    public int registryIndex() {
        return registryIndex;
    }

    /** The score rate rounded HALF_UP to the display precision; the grade is decided on this figure. */
    public ScoreRate rate() {
        return rate;
    }

    /** The score rate before rounding (12 places), kept for the record also when vetoed. */
    public BigDecimal unroundedRate() {
        return BigDecimal.valueOf(unroundedRate, SCALE);
    }

    public GradeBand band() {
        return band;
    }

    public boolean vetoed() {
        return !vetoFailures.isEmpty();
    }

    public List<ExplanationStep.VetoFailure> vetoFailures() {
        return vetoFailures;
    }

    /** Competition rank (1, 2, 2, 4); vetoed units rank after all others. */
    public int rank() {
        return rank;
    }


    /** Sum of rate x weight, rescaled by 100 / applicable weight (12 places). */
    public BigDecimal weightedTotal() {
        return BigDecimal.valueOf(weightedTotal, SCALE);
    }

    /** The sum of the weights of the dimensions with something applicable (100 when all apply). */
    public BigDecimal applicableWeight() {
        return BigDecimal.valueOf(applicableWeightCents, 2);
    }

    /** 100 / applicable weight: 1 when every dimension applies, 4/3 when a dimension of weight 25 does not. */
    public BigDecimal weightFactor() {
        return Decimals.divide(Weight.HUNDRED, applicableWeight());
    }

    /** The deductions taken off, each capped at its indicator's maximum. */
    public BigDecimal deductions() {
        return BigDecimal.valueOf(deductionCents, 2);
    }

    /** Weighted total minus deductions, floored at 0 (12 places). */
    public BigDecimal base() {
        return BigDecimal.valueOf(base, SCALE);
    }

    /** The bonus points counted (those whose threshold the base reached), 12 places. */
    public BigDecimal bonus() {
        return BigDecimal.valueOf(bonus, SCALE);
    }

    /** The points of record of the indicator (12 places), or null when it does not apply to the unit. */
    public BigDecimal pointsOfRecord(com.pingyi.evaluation.domain.scheme.IndicatorCode code) {
        int i = compiled.scheme.indexOf(code);
        return points[i] < 0 ? null : Decimals.ofIntermediate(points[i]);
    }

    /** The rate of a dimension as a fraction (12 places), or null when nothing in it applies. */
    public BigDecimal dimensionRate(int dimensionIndex) {
        return dimensionRates[dimensionIndex] < 0 ? null : BigDecimal.valueOf(dimensionRates[dimensionIndex], SCALE);
    }

    /** The not-applicable renormalisation factor of a dimension: full max / applicable max (1 when all apply). */
    public BigDecimal dimensionFactor(int dimensionIndex) {
        ExplanationStep.DimensionRate r = dimensionRates().get(dimensionIndex);
        return r.notApplicableFactor();
    }

    /** Self-inspection claims beside the verified points of record: per indicator and in total. */
    public SelfInspectionGap selfInspectionGap() {
        List<SelfInspectionGap.Line> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO.setScale(Decimals.INTERMEDIATE_SCALE);
        List<Indicator> indicators = compiled.scheme.indicators();
        for (int i = 0; i < compiled.size; i++) {
            if (points[i] >= 0 && sheet.hasSelfInspection(i)) {
                BigDecimal claimed = BigDecimal.valueOf(sheet.selfInspectionCents(i), 2);
                BigDecimal verified = Decimals.ofIntermediate(points[i]);
                BigDecimal gap = claimed.subtract(verified);
                total = total.add(gap);
                lines.add(new SelfInspectionGap.Line(indicators.get(i).code(), indicators.get(i).name(), claimed,
                        verified, gap));
            }
        }
        return new SelfInspectionGap(unit.id(), lines, total);
    }

    /** The ordered steps with their figures: veto, points of record, dimension rates, weighted total, deductions, bonus, rounding, band. */
    public List<ExplanationStep> explanation() {
        List<Indicator> indicators = compiled.scheme.indicators();
        List<ExplanationStep.IndicatorPoints> lines = new ArrayList<>();
        List<ExplanationStep.DeductionLine> deductionLines = new ArrayList<>();
        List<ExplanationStep.BonusLine> bonusLines = new ArrayList<>();
        for (int i = 0; i < compiled.size; i++) {
            Indicator indicator = indicators.get(i);
            List<Points> raw = new ArrayList<>();
            for (int k = 0; k < sheet.count(i); k++) {
                raw.add(Points.ofCents(sheet.centAt(i, k)));
            }
            String how = switch (indicator.kind()) {
                case IndicatorKind.Scored p -> indicator.aggregation().name();
                case IndicatorKind.Bonus b -> indicator.aggregation().name();
                case IndicatorKind.Measured m -> m.rule().describe();
                case IndicatorKind.Deduction d -> "SUM_OF_VIOLATIONS_CAPPED";
                case IndicatorKind.Veto v -> Boolean.FALSE.equals(sheet.vetoPassed(i)) ? "FAILED" : "PASSED";
            };
            String measured = sheet.measured(i) == null ? null : sheet.measured(i).toString();
            BigDecimal value = points[i] < 0 ? null : Decimals.ofIntermediate(points[i]);
            lines.add(new ExplanationStep.IndicatorPoints(indicator.code(), indicator.name(), indicator.kind().name(),
                    indicator.method(), raw, measured, how, indicator.max(), value, sheet.notApplicableReason(i)));
            if (value != null && compiled.kind[i] == CompiledScheme.DEDUCTION) {
                deductionLines.add(new ExplanationStep.DeductionLine(indicator.code(), indicator.name(),
                        BigDecimal.valueOf(sheet.deductionCents(i), 2), indicator.max(), value));
            }
            if (value != null && compiled.kind[i] == CompiledScheme.BONUS) {
                bonusLines.add(new ExplanationStep.BonusLine(indicator.code(), indicator.name(),
                        compiled.bonusThreshold[i], value, base >= compiled.bonusThresholdUnscaled[i]));
            }
        }
        List<ExplanationStep.DimensionRate> rates = dimensionRates();
        BigDecimal beforeClamp = base().add(bonus());
        return List.of(new ExplanationStep.VetoCheck(vetoFailures), new ExplanationStep.PointsOfRecord(lines),
                new ExplanationStep.DimensionRates(rates),
                new ExplanationStep.WeightedTotal(BigDecimal.valueOf(sumOfRateTimesWeight, SCALE + 2), applicableWeight(),
                        weightFactor(), weightedTotal()),
                new ExplanationStep.Deductions(deductionLines, deductions(), base()),
                new ExplanationStep.Bonus(bonusLines, bonus(), beforeClamp, unroundedRate()),
                new ExplanationStep.Rounding(unroundedRate(), precision, rate.percent()),
                new ExplanationStep.Band(band.label(), band.interval(), vetoed(), rank));
    }

    /** Every dimension's rate with its figures, in scheme order. */
    public List<ExplanationStep.DimensionRate> dimensionRates() {
        List<ExplanationStep.DimensionRate> rates = new ArrayList<>();
        for (int d = 0; d < compiled.dimensions; d++) {
            Dimension dimension = compiled.scheme.dimensions().get(d);
            long fullMax = 0;
            for (int i = 0; i < compiled.size; i++) {
                if (compiled.dimension[i] == d && (compiled.kind[i] == CompiledScheme.POINTS
                        || compiled.kind[i] == CompiledScheme.MEASURED)) {
                    fullMax += compiled.maxCents[i];
                }
            }
            boolean applicable = dimensionRates[d] >= 0;
            BigDecimal applicableMax = BigDecimal.valueOf(dimensionMaxCents[d], 2);
            BigDecimal full = BigDecimal.valueOf(fullMax, 2);
            BigDecimal r = dimensionRate(d);
            rates.add(new ExplanationStep.DimensionRate(dimension.code(), dimension.name(), dimension.weight().percent(),
                    Decimals.ofIntermediate(dimensionPoints[d]), applicableMax, full,
                    applicable ? Decimals.divide(full, applicableMax) : null, r,
                    applicable ? r.multiply(Weight.HUNDRED).setScale(precision, RoundingMode.HALF_UP) : null,
                    applicable));
        }
        return rates;
    }

    @Override
    public String toString() {
        return unit.name() + " " + rate + " " + band.label() + " #" + rank + (vetoed() ? " (vetoed)" : "");
    }
}
