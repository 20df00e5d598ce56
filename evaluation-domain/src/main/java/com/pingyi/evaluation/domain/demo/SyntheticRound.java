package com.pingyi.evaluation.domain.demo;

import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.round.EvaluationYear;
import com.pingyi.evaluation.domain.scheme.Aggregation;
import com.pingyi.evaluation.domain.scheme.Dimension;
import com.pingyi.evaluation.domain.scheme.DimensionCode;
import com.pingyi.evaluation.domain.scheme.EvaluationMethod;
import com.pingyi.evaluation.domain.scheme.Indicator;
import com.pingyi.evaluation.domain.scheme.IndicatorCode;
import com.pingyi.evaluation.domain.scheme.IndicatorKind;
import com.pingyi.evaluation.domain.scheme.MeasuredRule;
import com.pingyi.evaluation.domain.scheme.MeasuredValue;
import com.pingyi.evaluation.domain.scheme.Scheme;
import com.pingyi.evaluation.domain.score.ScoreEntry;
import com.pingyi.evaluation.domain.score.ScorerId;
import com.pingyi.evaluation.domain.shared.Points;
import com.pingyi.evaluation.domain.shared.ScoreRate;
import com.pingyi.evaluation.domain.shared.Weight;
import com.pingyi.evaluation.domain.unit.EvaluatedUnit;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Synthetic rounds for benchmarks and scale tests. {@link #national(long)} is the "national" round of
 * quality.md: 3,000 units x 150 indicators in 6 dimensions, 5 expert scores on a third of the
 * indicators (about a million scores), deterministic for a given seed. The rounds come back CLOSED,
 * so {@code round.results()} computes everything.
 */
public final class SyntheticRound {

    public static final int NATIONAL_UNITS = 3_000;
    public static final int NATIONAL_DIMENSIONS = 6;
    public static final int NATIONAL_INDICATORS_PER_DIMENSION = 25;
    private static final int EXPERTS = 5;

    private SyntheticRound() {
    }

    /** The national round: 3,000 units, 6 dimensions x 25 indicators, ~1M scores. */
    public static EvaluationRound national(long seed) {
        return of(seed, NATIONAL_UNITS, NATIONAL_DIMENSIONS, NATIONAL_INDICATORS_PER_DIMENSION);
    }

    /**
     * A round of the given size. Per dimension: indicator 0 is MEASURED (LINEAR to 100), indicator 1
     * MEASURED yes/no, every third indicator has 5 expert scores (TRIMMED_MEAN, MEDIAN or MEAN in turn),
     * the rest one score; dimension 0 also holds a VETO, a DEDUCTION and a BONUS indicator, and about 2%
     * of units have one indicator marked not applicable.
     */
    public static EvaluationRound of(long seed, int unitCount, int dimensionCount, int indicatorsPerDimension) {
        SplittableRandom random = new SplittableRandom(seed);
        Scheme scheme = scheme(dimensionCount, indicatorsPerDimension);
        EvaluationRound round = EvaluationRound.draft(EvaluationYear.of(2019), "Synthetic round " + seed);
        round.defineScheme(scheme);
        List<UnitId> ids = new ArrayList<>(unitCount);
        for (int u = 0; u < unitCount; u++) {
            EvaluatedUnit unit = EvaluatedUnit.of(new UnitId(new java.util.UUID(seed, u)), "Unit " + (u + 1));
            round.addUnit(unit);
            ids.add(unit.id());
        }
        round.open();
        List<Indicator> indicators = scheme.indicators();
        ScorerId[] experts = new ScorerId[EXPERTS];
        for (int e = 0; e < EXPERTS; e++) {
            experts[e] = ScorerId.of("expert-" + e);
        }
        ScorerId single = ScorerId.of("assessor");
        for (UnitId unit : ids) {
            int quality = 40 + random.nextInt(61);
            int notApplicable = random.nextInt(50) == 0 ? 2 + random.nextInt(indicators.size() - 2) : -1;
            for (int i = 0; i < indicators.size(); i++) {
                Indicator indicator = indicators.get(i);
                IndicatorCode code = indicator.code();
                if (i == notApplicable && indicator.kind().rated()) {
                    round.recordScore(new ScoreEntry.NotApplicable(unit, code, "synthetic"));
                    continue;
                }
                switch (indicator.kind()) {
                    case IndicatorKind.Measured m when m.rule() instanceof MeasuredRule.YesNoRule ->
                        round.recordScore(new ScoreEntry.Measured(unit, code, random.nextInt(100) < quality
                                ? MeasuredValue.yes() : MeasuredValue.no()));
                    case IndicatorKind.Measured m -> round.recordScore(new ScoreEntry.Measured(unit, code,
                            new MeasuredValue.Quantity(BigDecimal.valueOf(Math.min(10_000, quality * 100L
                                    + random.nextInt(2_000)), 2))));
                    case IndicatorKind.Veto v -> round.recordScore(new ScoreEntry.VetoOutcome(unit, code,
                            random.nextInt(500) != 0, "synthetic veto"));
                    case IndicatorKind.Deduction d -> {
                        if (random.nextInt(10) == 0) {
                            round.recordScore(new ScoreEntry.Violation(unit, code, Points.ofCents(50 + random.nextInt(400)),
                                    "synthetic violation"));
                        }
                    }
                    case IndicatorKind.Scored s -> score(round, random, unit, indicator, quality, experts, single);
                    case IndicatorKind.Bonus b -> score(round, random, unit, indicator, quality, experts, single);
                }
            }
        }
        round.close();
        return round;
    }

    private static void score(EvaluationRound round, SplittableRandom random, UnitId unit, Indicator indicator,
            int quality, ScorerId[] experts, ScorerId single) {
        long maxCents = indicator.max().cents();
        int n = indicator.method() == EvaluationMethod.EXPERT_ONLINE_REVIEW ? EXPERTS : 1;
        for (int e = 0; e < n; e++) {
            int percent = Math.clamp(quality - 10 + random.nextInt(21), 0, 100);
            long cents = maxCents * percent / 100;
            round.recordScore(new ScoreEntry.Verified(unit, indicator.code(), n == 1 ? single : experts[e],
                    Points.ofCents(cents)));
        }
    }

    static Scheme scheme(int dimensionCount, int indicatorsPerDimension) {
        List<Dimension> dimensions = new ArrayList<>();
        long[] weights = new long[dimensionCount];
        long base = 10_000 / dimensionCount;
        for (int d = 0; d < dimensionCount; d++) {
            weights[d] = base;
        }
        weights[0] += 10_000 - base * dimensionCount;
        Aggregation[] cycle = {Aggregation.TRIMMED_MEAN, Aggregation.MEDIAN, Aggregation.MEAN};
        for (int d = 0; d < dimensionCount; d++) {
            List<Indicator> indicators = new ArrayList<>();
            for (int k = 0; k < indicatorsPerDimension; k++) {
                String code = "D" + (d + 1) + "I" + (k + 1);
                Points max = Points.of(5 + (k % 4) * 5);
                if (k == 0) {
                    indicators.add(new Indicator(IndicatorCode.of(code), code, max, EvaluationMethod.DOCUMENT_REVIEW,
                            IndicatorKind.measured(MeasuredRule.linear("100")), null));
                } else if (k == 1) {
                    indicators.add(new Indicator(IndicatorCode.of(code), code, max,
                            EvaluationMethod.THIRD_PARTY_ASSESSMENT, IndicatorKind.measured(MeasuredRule.yesNo()), null));
                } else if (k % 3 == 0) {
                    indicators.add(new Indicator(IndicatorCode.of(code), code, max, EvaluationMethod.EXPERT_ONLINE_REVIEW,
                            IndicatorKind.points(), cycle[(k / 3) % cycle.length]));
                } else {
                    indicators.add(new Indicator(IndicatorCode.of(code), code, max, EvaluationMethod.THIRD_PARTY_ASSESSMENT,
                            IndicatorKind.points(), Aggregation.MEAN));
                }
            }
            if (d == 0) {
                indicators.add(Indicator.of("VETO1", "veto", "1", EvaluationMethod.THIRD_PARTY_ASSESSMENT,
                        IndicatorKind.veto(), null));
                indicators.add(Indicator.of("DED1", "deduction", "3", EvaluationMethod.DOCUMENT_REVIEW,
                        IndicatorKind.deduction(), null));
                indicators.add(Indicator.of("BON1", "bonus", "2", EvaluationMethod.THIRD_PARTY_ASSESSMENT,
                        IndicatorKind.bonus(ScoreRate.of("80")), Aggregation.MEAN));
            }
            dimensions.add(new Dimension(DimensionCode.of("D" + (d + 1)), "Dimension " + (d + 1),
                    new Weight(BigDecimal.valueOf(weights[d], 2)), indicators));
        }
        return new Scheme(dimensions);
    }
}
