package com.pingyi.evaluation.domain.result;

import com.pingyi.evaluation.domain.grade.GradeBand;
import com.pingyi.evaluation.domain.grade.GradeScale;
import com.pingyi.evaluation.domain.scheme.Indicator;
import com.pingyi.evaluation.domain.scheme.Scheme;
import com.pingyi.evaluation.domain.score.ScoreBook;
import com.pingyi.evaluation.domain.score.UnitSheet;
import com.pingyi.evaluation.domain.shared.Decimals;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.shared.ScoreRate;
import com.pingyi.evaluation.domain.unit.EvaluatedUnit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The result pipeline of domain.md, per unit, in this order:
 * <ol>
 * <li>veto: any failed VETO indicator puts the unit in the lowest band (its rate is still computed);</li>
 * <li>points of record P(i), at 12 places HALF_UP: POINTS/BONUS = aggregation of the verified scores;
 * MEASURED = the rule (LINEAR: max x value / target, capped at max); DEDUCTION = sum of violations,
 * capped at max;</li>
 * <li>dimension rate r(d) = sum P / sum max over the applicable POINTS and MEASURED indicators, a
 * fraction at 12 places HALF_UP (leaving N/A indicators out is the renormalisation);</li>
 * <li>weighted total T = (sum r(d) x w(d)) x 100 / W at 12 places HALF_UP, W = sum of the weights of the
 * dimensions with something applicable (factor 100 / W);</li>
 * <li>base = max(T - sum min(deduction, max), 0);</li>
 * <li>bonus: each BONUS indicator's P counts when base >= its threshold; rate = clamp(base + bonus, 0, 100);</li>
 * <li>rounding HALF_UP to the display precision;</li>
 * <li>band of the rounded rate (lowest band when vetoed).</li>
 * </ol>
 * A unit none of whose dimensions has anything applicable gets no rate: it is listed in
 * {@link RoundResults#unrated()} and, until it is withdrawn with a reason, blocks publication.
 * The final rate is the HALF_UP rounding of the exact value: where the 12-place figure lies within
 * 10^-6 of a rounding edge (or of a bonus threshold) the unit is recomputed in exact fractions.
 * Ranking: rounded rate descending, equal rates share a rank (1, 2, 2, 4), vetoed units after all
 * others; ties in listing order fall back to the registry order.
 */
public final class ResultCalculator {

    public static final int DEFAULT_PRECISION = 2;

    private ResultCalculator() {
    }

    /** Results of every unit (in registry order), ranked. Missing or too few scores are named errors. */
    public static RoundResults calculate(Scheme scheme, GradeScale scale, List<EvaluatedUnit> units, ScoreBook book,
            int precision) {
        if (precision < 0 || precision > 6) {
            throw new DomainException("result.precision-out-of-range", precision, 0, 6);
        }
        if (!book.scheme().equals(scheme)) {
            throw new DomainException("result.scores-for-another-scheme");
        }
        CompiledScheme compiled = new CompiledScheme(scheme);
        List<UnitResult> results = new ArrayList<>(units.size());
        List<RoundResults.Unrated> unrated = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            UnitResult r = calculateUnit(compiled, scale, units.get(u), u, book.sheetOf(units.get(u).id()), precision);
            if (r == null) {
                unrated.add(new RoundResults.Unrated(units.get(u), u));
            } else {
                results.add(r);
            }
        }
        return new RoundResults(compiled, results, unrated, scale, precision);
    }

    /**
     * The results after the scores of one unit changed: that unit is computed again and the ranking
     * redone; every other unit's result is kept. {@code units} and the scheme must be those of
     * {@code previous}; the book is the round's current one.
     */
    public static RoundResults recalculate(RoundResults previous, ScoreBook book, EvaluatedUnit unit) {
        int registryIndex = previous.registryIndexOf(unit.id());
        if (!book.scheme().equals(previous.compiled().scheme)) {
            throw new DomainException("result.scores-for-another-scheme");
        }
        List<UnitResult> results = new ArrayList<>(previous.inRegistryOrder());
        results.removeIf(r -> r.unitId().equals(unit.id()));
        List<RoundResults.Unrated> unrated = new ArrayList<>(previous.unrated());
        unrated.removeIf(u -> u.unit().id().equals(unit.id()));
        UnitResult r = calculateUnit(previous.compiled(), previous.scale(), unit, registryIndex, book.sheetOf(unit.id()),
                previous.precision());
        if (r == null) {
            unrated.add(new RoundResults.Unrated(unit, registryIndex));
        } else {
            results.add(r);
        }
        return new RoundResults(previous.compiled(), results, unrated, previous.scale(), previous.precision());
    }

    static UnitResult calculateUnit(CompiledScheme c, GradeScale scale, EvaluatedUnit unit, int registryIndex,
            UnitSheet s, int precision) {
        List<Indicator> indicators = c.scheme.indicators();
        // 1. veto
        List<ExplanationStep.VetoFailure> vetoFailures = List.of();
        for (int i = 0; i < c.size; i++) {
            if (c.kind[i] == CompiledScheme.VETO && !s.isNotApplicable(i)) {
                Boolean passed = s.vetoPassed(i);
                if (passed == null) {
                    throw missing(unit, indicators.get(i));
                }
                if (!passed) {
                    if (vetoFailures.isEmpty()) {
                        vetoFailures = new ArrayList<>();
                    }
                    vetoFailures.add(new ExplanationStep.VetoFailure(indicators.get(i).code(), indicators.get(i).name(),
                            s.vetoNote(i)));
                }
            }
        }
        // 2. points of record (unscaled, 12 places), summed per dimension
        long[] points = new long[c.size];
        long[] dimPoints = new long[c.dimensions];
        long[] dimMax = new long[c.dimensions];
        long deductionCents = 0;
        for (int i = 0; i < c.size; i++) {
            if (s.isNotApplicable(i)) {
                points[i] = -1;
                continue;
            }
            switch (c.kind[i]) {
                case CompiledScheme.POINTS, CompiledScheme.BONUS -> {
                    int n = s.count(i);
                    if (n == 0) {
                        throw missing(unit, indicators.get(i));
                    }
                    if (n < c.aggregation[i].minimumCount()) {
                        throw new DomainException("score.too-few", unit.name(), indicators.get(i).code().value(),
                                c.aggregation[i].name(), n, c.aggregation[i].minimumCount());
                    }
                    points[i] = c.aggregation[i].aggregateCents(s.data(), s.offset(i), n);
                }
                case CompiledScheme.MEASURED -> {
                    if (s.measured(i) == null) {
                        throw missing(unit, indicators.get(i));
                    }
                    points[i] = s.measuredPoints(i);
                }
                case CompiledScheme.DEDUCTION -> {
                    long applied = Math.min(s.deductionCents(i), c.maxCents[i]);
                    deductionCents += applied;
                    points[i] = applied * Decimals.CENTS_TO_INTERMEDIATE;
                }
                default -> points[i] = 0;
            }
            if (c.kind[i] == CompiledScheme.POINTS || c.kind[i] == CompiledScheme.MEASURED) {
                dimPoints[c.dimension[i]] += points[i];
                dimMax[c.dimension[i]] += c.maxCents[i];
            }
        }
        // 3. dimension rates: r = sum P / sum max, a fraction at 12 places (P at 12, max in cents: x100 / cents)
        long[] rates = new long[c.dimensions];
        long sumOfRateTimesWeight = 0; // scale 14: rate (12) x weight (2)
        long applicableWeightCents = 0;
        for (int d = 0; d < c.dimensions; d++) {
            if (dimMax[d] == 0) {
                rates[d] = -1;
                continue;
            }
            rates[d] = Decimals.divideHalfUp(Math.multiplyExact(dimPoints[d], 100L), dimMax[d]);
            sumOfRateTimesWeight = Math.addExact(sumOfRateTimesWeight, Math.multiplyExact(rates[d], c.weightCents[d]));
            applicableWeightCents += c.weightCents[d];
        }
        if (applicableWeightCents == 0) {
            return null; // nothing applies: no rate; the unit is listed as unrated
        }
        // 4. weighted total T = S x 100 / W at 12 places: S (scale 14) x 100 / W (cents) gives scale 12
        long total = Decimals.divideHalfUp(Math.multiplyExact(sumOfRateTimesWeight, 100L), applicableWeightCents);
        // 5. capped deductions, floored at 0
        long base = Math.max(0, total - deductionCents * Decimals.CENTS_TO_INTERMEDIATE);
        // 6. conditional bonus (base >= threshold), clamp to 0..100
        long bonus = 0;
        for (int i : c.bonusIndices) {
            if (points[i] >= 0 && base >= c.bonusThresholdUnscaled[i]) {
                bonus += points[i];
            }
        }
        long unrounded = Math.min(base + bonus, CompiledScheme.HUNDRED_UNSCALED);
        // 7. rounding HALF_UP to the display precision, 8. band
        long step = CompiledScheme.POWERS_OF_TEN[Decimals.INTERMEDIATE_SCALE - precision];
        long rounded = Decimals.divideHalfUp(unrounded, step);
        if (nearAnEdge(c, unrounded, step, total - deductionCents * Decimals.CENTS_TO_INTERMEDIATE)) {
            // the 12-place figure is too close to a rounding edge or a bonus threshold to trust: use the exact value
            ExactPipeline.Figures exact = ExactPipeline.compute(c, s);
            total = exact.total().roundHalfUp(Decimals.INTERMEDIATE_SCALE);
            base = exact.base().roundHalfUp(Decimals.INTERMEDIATE_SCALE);
            bonus = exact.bonus().roundHalfUp(Decimals.INTERMEDIATE_SCALE);
            unrounded = exact.rate().roundHalfUp(Decimals.INTERMEDIATE_SCALE);
            rounded = exact.rate().roundHalfUp(precision);
        }
        ScoreRate rate = new ScoreRate(BigDecimal.valueOf(rounded, precision));
        GradeBand band = vetoFailures.isEmpty() ? scale.gradeFor(rate) : scale.lowest();
        return new UnitResult(c, s, unit, registryIndex, vetoFailures, points, dimPoints, dimMax, rates,
                sumOfRateTimesWeight, applicableWeightCents, total, deductionCents, base, bonus, unrounded, rate,
                precision, band, 0);
    }

    /** Whether the fast figure is within the tolerance of a HALF_UP edge of the display precision or of a bonus threshold. */
    private static boolean nearAnEdge(CompiledScheme c, long unrounded, long step, long unflooredBase) {
        long distanceToHalf = Math.abs(unrounded % step - step / 2);
        if (distanceToHalf <= ExactPipeline.TOLERANCE) {
            return true;
        }
        for (int i : c.bonusIndices) {
            if (Math.abs(unflooredBase - c.bonusThresholdUnscaled[i]) <= ExactPipeline.TOLERANCE) {
                return true;
            }
        }
        return false;
    }

    private static DomainException missing(EvaluatedUnit unit, Indicator indicator) {
        return new DomainException("score.missing", unit.name(), indicator.code().value());
    }
}
