package com.pingyi.evaluation.domain.result;

import com.pingyi.evaluation.domain.scheme.MeasuredRule;
import com.pingyi.evaluation.domain.scheme.MeasuredValue;
import com.pingyi.evaluation.domain.score.UnitSheet;
import java.math.BigDecimal;
import java.util.Arrays;

/**
 * The pipeline of steps 2 to 6 in exact rational arithmetic. The calculator's fast path carries
 * quotients at 12 places; when its figure lies within {@link #TOLERANCE} of a rounding edge of the
 * final rate, or of a bonus threshold, the unit is computed again here, so the rate and the bonus
 * decision are those of the exact value (e.g. exactly 60.405 rounds to 60.41, never to 60.40).
 */
final class ExactPipeline {

    /** 10^-6 at the intermediate scale: far above the fast path's accumulated error (below 10^-8). */
    static final long TOLERANCE = 1_000_000L;

    private ExactPipeline() {
    }

    /** Exact figures of one unit: weighted total, base, counted bonus, and the clamped rate. */
    record Figures(Fraction total, Fraction base, Fraction bonus, Fraction rate) {
    }

    static Figures compute(CompiledScheme c, UnitSheet s) {
        Fraction[] points = new Fraction[c.dimensions];
        Fraction[] max = new Fraction[c.dimensions];
        Arrays.fill(points, Fraction.ZERO);
        Arrays.fill(max, Fraction.ZERO);
        Fraction deductions = Fraction.ZERO;
        for (int i = 0; i < c.size; i++) {
            if (s.isNotApplicable(i)) {
                continue;
            }
            Fraction maxI = Fraction.of(c.maxCents[i], 100);
            switch (c.kind[i]) {
                case CompiledScheme.POINTS -> {
                    points[c.dimension[i]] = points[c.dimension[i]].add(aggregate(c, s, i));
                    max[c.dimension[i]] = max[c.dimension[i]].add(maxI);
                }
                case CompiledScheme.MEASURED -> {
                    points[c.dimension[i]] = points[c.dimension[i]].add(measured(c.rule[i], s.measured(i), maxI));
                    max[c.dimension[i]] = max[c.dimension[i]].add(maxI);
                }
                case CompiledScheme.DEDUCTION -> deductions = deductions.add(
                        Fraction.of(Math.min(s.deductionCents(i), c.maxCents[i]), 100));
                default -> {
                }
            }
        }
        Fraction sum = Fraction.ZERO;
        long weightCents = 0;
        for (int d = 0; d < c.dimensions; d++) {
            if (max[d].num().signum() > 0) {
                sum = sum.add(points[d].divide(max[d]).multiply(Fraction.of(c.weightCents[d], 100)));
                weightCents += c.weightCents[d];
            }
        }
        Fraction total = sum.multiply(Fraction.of(100, 1)).divide(Fraction.of(weightCents, 100));
        Fraction base = total.subtract(deductions).max(Fraction.ZERO);
        Fraction bonus = Fraction.ZERO;
        for (int i = 0; i < c.size; i++) {
            if (c.kind[i] == CompiledScheme.BONUS && !s.isNotApplicable(i)
                    && base.compareTo(Fraction.of(c.bonusThreshold[i])) >= 0) {
                bonus = bonus.add(aggregate(c, s, i));
            }
        }
        return new Figures(total, base, bonus, base.add(bonus).min(Fraction.of(100, 1)));
    }

    static Fraction aggregate(CompiledScheme c, UnitSheet s, int i) {
        int n = s.count(i);
        long[] v = s.centsOf(i);
        Arrays.sort(v);
        long sum = Arrays.stream(v).sum();
        return switch (c.aggregation[i]) {
            case MEAN -> Fraction.of(sum, 100L * n);
            case MEDIAN -> n % 2 == 1 ? Fraction.of(v[n / 2], 100) : Fraction.of(v[n / 2 - 1] + v[n / 2], 200);
            case TRIMMED_MEAN -> Fraction.of(sum - v[0] - v[n - 1], 100L * (n - 2));
        };
    }

    static Fraction measured(MeasuredRule rule, MeasuredValue value, Fraction max) {
        return switch (rule) {
            case MeasuredRule.Linear l -> max.multiply(Fraction.of(quantity(value))).divide(Fraction.of(l.target())).min(max);
            case MeasuredRule.AtLeast a -> quantity(value).compareTo(a.threshold()) >= 0 ? max : Fraction.ZERO;
            case MeasuredRule.AtMost a -> quantity(value).compareTo(a.threshold()) <= 0 ? max : Fraction.ZERO;
            case MeasuredRule.YesNoRule y -> ((MeasuredValue.YesNo) value).yes() ? max : Fraction.ZERO;
        };
    }

    private static BigDecimal quantity(MeasuredValue value) {
        return ((MeasuredValue.Quantity) value).value();
    }
}
