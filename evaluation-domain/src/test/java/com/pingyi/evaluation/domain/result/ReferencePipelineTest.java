package com.pingyi.evaluation.domain.result;

import static org.assertj.core.api.Assertions.assertThat;

import com.pingyi.evaluation.domain.demo.SyntheticRound;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.scheme.Dimension;
import com.pingyi.evaluation.domain.scheme.Indicator;
import com.pingyi.evaluation.domain.scheme.IndicatorKind;
import com.pingyi.evaluation.domain.scheme.MeasuredRule;
import com.pingyi.evaluation.domain.scheme.MeasuredValue;
import com.pingyi.evaluation.domain.score.ScoreBook;
import com.pingyi.evaluation.domain.shared.Points;
import com.pingyi.evaluation.domain.unit.EvaluatedUnit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A second, deliberately naive implementation of domain.md's "Results" section in exact fractions
 * (no scaled longs, no precomputation, no intermediate rounding), run on synthetic rounds: the
 * calculator must produce the same rounded rate for every unit. It found a real defect: with 12-place
 * quotients alone, an exact 60.405 came out as 60.40.
 */
class ReferencePipelineTest {

    private static final Fraction HUNDRED = Fraction.of(100, 1);

    @Test
    void theCalculatorAgreesWithANaiveReferenceImplementation() {
        for (long seed = 1; seed <= 5; seed++) {
            EvaluationRound round = SyntheticRound.of(seed, 300, 4, 12);
            RoundResults results = round.results();
            ScoreBook book = round.scores();
            for (EvaluatedUnit unit : round.activeUnits()) {
                Fraction expected = referenceRate(round, book, unit);
                UnitResult actual = results.of(unit.id());
                assertThat(actual.rate().percent()).as("seed %d, %s", seed, unit.name())
                        .isEqualTo(BigDecimal.valueOf(expected.roundHalfUp(2), 2));
            }
        }
    }

    static Fraction referenceRate(EvaluationRound round, ScoreBook book, EvaluatedUnit unit) {
        Fraction sum = Fraction.ZERO;
        Fraction applicableWeight = Fraction.ZERO;
        Fraction deductions = Fraction.ZERO;
        List<Indicator> bonuses = new ArrayList<>();
        for (Dimension d : round.scheme().orElseThrow().dimensions()) {
            Fraction points = Fraction.ZERO;
            Fraction max = Fraction.ZERO;
            for (Indicator i : d.indicators()) {
                if (book.isNotApplicable(unit.id(), i.code())) {
                    continue;
                }
                Fraction maxI = Fraction.of(i.max().value());
                switch (i.kind()) {
                    case IndicatorKind.Scored s -> {
                        points = points.add(aggregate(i, book.verified(unit.id(), i.code())));
                        max = max.add(maxI);
                    }
                    case IndicatorKind.Measured m -> {
                        points = points.add(measured(m.rule(), book.measured(unit.id(), i.code()).orElseThrow(), maxI));
                        max = max.add(maxI);
                    }
                    case IndicatorKind.Deduction k -> {
                        BigDecimal recorded = book.sheetOf(unit.id()).violations(round.scheme().orElseThrow()
                                .indexOf(i.code())).stream().map(v -> v.points().value()).reduce(BigDecimal.ZERO,
                                        BigDecimal::add);
                        deductions = deductions.add(Fraction.of(recorded.min(i.max().value())));
                    }
                    case IndicatorKind.Bonus b -> bonuses.add(i);
                    case IndicatorKind.Veto v -> {
                    }
                }
            }
            if (max.num().signum() > 0) {
                sum = sum.add(points.divide(max).multiply(Fraction.of(d.weight().percent())));
                applicableWeight = applicableWeight.add(Fraction.of(d.weight().percent()));
            }
        }
        Fraction total = sum.multiply(HUNDRED).divide(applicableWeight);
        Fraction base = total.subtract(deductions).max(Fraction.ZERO);
        Fraction rate = base;
        for (Indicator b : bonuses) {
            if (base.compareTo(Fraction.of(((IndicatorKind.Bonus) b.kind()).threshold().percent())) >= 0) {
                rate = rate.add(aggregate(b, book.verified(unit.id(), b.code())));
            }
        }
        return rate.min(HUNDRED);
    }

    static Fraction aggregate(Indicator i, List<Points> scores) {
        List<Fraction> v = new ArrayList<>(scores.stream().map(p -> Fraction.of(p.value())).toList());
        Collections.sort(v);
        int n = v.size();
        return switch (i.aggregation()) {
            case MEAN -> v.stream().reduce(Fraction.ZERO, Fraction::add).divide(Fraction.of(n, 1));
            case MEDIAN -> n % 2 == 1 ? v.get(n / 2) : v.get(n / 2 - 1).add(v.get(n / 2)).divide(Fraction.of(2, 1));
            case TRIMMED_MEAN -> v.subList(1, n - 1).stream().reduce(Fraction.ZERO, Fraction::add)
                    .divide(Fraction.of(n - 2L, 1));
        };
    }

    static Fraction measured(MeasuredRule rule, MeasuredValue value, Fraction max) {
        return switch (rule) {
            case MeasuredRule.Linear l -> max.multiply(Fraction.of(((MeasuredValue.Quantity) value).value()))
                    .divide(Fraction.of(l.target())).min(max);
            case MeasuredRule.AtLeast a -> ((MeasuredValue.Quantity) value).value().compareTo(a.threshold()) >= 0
                    ? max : Fraction.ZERO;
            case MeasuredRule.AtMost a -> ((MeasuredValue.Quantity) value).value().compareTo(a.threshold()) <= 0
                    ? max : Fraction.ZERO;
            case MeasuredRule.YesNoRule y -> ((MeasuredValue.YesNo) value).yes() ? max : Fraction.ZERO;
        };
    }
}
