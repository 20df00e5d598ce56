package com.pingyi.evaluation.domain.score;

import static com.pingyi.evaluation.domain.shared.DomainAssertions.assertRule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

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
import com.pingyi.evaluation.domain.shared.Points;
import com.pingyi.evaluation.domain.shared.ScoreRate;
import com.pingyi.evaluation.domain.shared.Weight;
import com.pingyi.evaluation.domain.unit.EvaluatedUnit;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreBookTest {

    static final Scheme SCHEME = Scheme.of(new Dimension(DimensionCode.of("D1"), "d", Weight.of(100), List.of(
            Indicator.of("P", "p", "10", EvaluationMethod.EXPERT_ONLINE_REVIEW, IndicatorKind.points(), Aggregation.MEDIAN),
            Indicator.of("M", "m", "5", EvaluationMethod.DOCUMENT_REVIEW, IndicatorKind.measured(MeasuredRule.atMost("0")),
                    null),
            Indicator.of("K", "k", "3", EvaluationMethod.DOCUMENT_REVIEW, IndicatorKind.deduction(), null),
            Indicator.of("V", "v", "1", EvaluationMethod.THIRD_PARTY_ASSESSMENT, IndicatorKind.veto(), null),
            Indicator.of("X", "x", "2", EvaluationMethod.EXPERT_ONLINE_REVIEW, IndicatorKind.bonus(ScoreRate.of("80")),
                    Aggregation.MEAN))));
    static final UnitId U = UnitId.named("U");
    static final IndicatorCode P = IndicatorCode.of("P");
    static final IndicatorCode M = IndicatorCode.of("M");
    static final IndicatorCode K = IndicatorCode.of("K");
    static final IndicatorCode V = IndicatorCode.of("V");

    @Test
    void eachKindAcceptsOnlyItsOwnEntries() {
        ScoreBook book = new ScoreBook(SCHEME);
        assertRule(() -> book.record(new ScoreEntry.Verified(U, M, ScorerId.of("e"), Points.of(1))),
                "score.wrong-kind-of-entry", "M", "MEASURED", "POINTS/BONUS");
        assertRule(() -> book.record(new ScoreEntry.Measured(U, P, MeasuredValue.yes())), "score.wrong-kind-of-entry", "P",
                "POINTS", "MEASURED");
        assertRule(() -> book.record(new ScoreEntry.Measured(U, M, MeasuredValue.yes())), "measured.wrong-type", "yes",
                "AT_MOST(0)");
        assertRule(() -> book.record(new ScoreEntry.Violation(U, P, Points.of(1), "n")), "score.wrong-kind-of-entry", "P",
                "POINTS", "DEDUCTION");
        assertRule(() -> book.record(new ScoreEntry.VetoOutcome(U, P, true, null)), "score.wrong-kind-of-entry", "P",
                "POINTS", "VETO");
        assertRule(() -> book.record(new ScoreEntry.SelfInspected(U, M, Points.of(1))), "score.wrong-kind-of-entry", "M",
                "MEASURED", "POINTS");
        assertRule(() -> book.record(new ScoreEntry.Violation(U, K, Points.of(0), "n")),
                "deduction.points-must-be-positive", "K");
        assertRule(() -> new ScoreEntry.VetoOutcome(U, V, false, " "), "veto.reason-required");
        assertRule(() -> book.record(new ScoreEntry.Verified(U, IndicatorCode.of("Q"), ScorerId.of("e"), Points.of(1))),
                "scheme.indicator-unknown", "Q");
    }

    @Test
    void aScoreOutsideZeroToMaxIsANamedError() {
        ScoreBook book = new ScoreBook(SCHEME);
        assertRule(() -> book.record(new ScoreEntry.Verified(U, P, ScorerId.of("e"), Points.of("10.01"))),
                "score.out-of-range", "P", "10.01", "10.00");
        assertRule(() -> book.record(new ScoreEntry.SelfInspected(U, P, Points.of("11"))), "score.out-of-range", "P",
                "11.00", "10.00");
        book.record(new ScoreEntry.Verified(U, P, ScorerId.of("e"), Points.of("10")));
        assertThat(book.verified(U, P)).containsExactly(Points.of(10));
    }

    @Test
    void aScorerReplacesTheirOwnScoreAndRawScoresStayVisible() {
        ScoreBook book = new ScoreBook(SCHEME);
        book.record(new ScoreEntry.Verified(U, P, ScorerId.of("e1"), Points.of("4")));
        book.record(new ScoreEntry.Verified(U, P, ScorerId.of("e2"), Points.of("6")));
        book.record(new ScoreEntry.Verified(U, P, ScorerId.of("e1"), Points.of("5")));
        book.record(new ScoreEntry.SelfInspected(U, P, Points.of("9")));
        assertThat(book.verified(U, P)).containsExactly(Points.of(5), Points.of(6));
        assertThat(book.selfInspection(U, P)).contains(Points.of(9));
        assertThat(book.removeVerified(U, P, ScorerId.of("e1"))).isTrue();
        assertThat(book.verified(U, P)).containsExactly(Points.of(6));
    }

    @Test
    void entriesRestoreAnEqualBook() {
        ScoreBook book = new ScoreBook(SCHEME);
        book.record(new ScoreEntry.Verified(U, P, ScorerId.of("e1"), Points.of("4")));
        book.record(new ScoreEntry.Measured(U, M, MeasuredValue.quantity("0")));
        book.record(new ScoreEntry.Violation(U, K, Points.of("1"), "late"));
        book.record(new ScoreEntry.Violation(U, K, Points.of("2.5"), "wrong"));
        book.record(new ScoreEntry.VetoOutcome(U, V, false, "leak"));
        book.record(new ScoreEntry.NotApplicable(U, IndicatorCode.of("X"), "no site"));
        ScoreBook restored = ScoreBook.of(SCHEME, book.entries());
        assertThat(restored.entries()).containsExactlyInAnyOrderElementsOf(book.entries());
        assertThat(restored.sheetOf(U).deductionCents(2)).isEqualTo(350);
        assertThat(restored.isNotApplicable(U, IndicatorCode.of("X"))).isTrue();
    }

    @Test
    void completenessListsMissingAndTooFewButNotDeductionsOrNotApplicable() {
        Scheme trimmed = Scheme.of(new Dimension(DimensionCode.of("D1"), "d", Weight.of(100), List.of(
                Indicator.of("T", "t", "10", EvaluationMethod.EXPERT_ONLINE_REVIEW, IndicatorKind.points(),
                        Aggregation.TRIMMED_MEAN),
                Indicator.of("N", "n", "10", EvaluationMethod.EXPERT_ONLINE_REVIEW, IndicatorKind.points(), null),
                Indicator.of("K", "k", "3", EvaluationMethod.DOCUMENT_REVIEW, IndicatorKind.deduction(), null))));
        ScoreBook book = new ScoreBook(trimmed);
        EvaluatedUnit unit = EvaluatedUnit.of(U, "单位");
        book.record(new ScoreEntry.Verified(U, IndicatorCode.of("T"), ScorerId.of("a"), Points.of(1)));
        book.record(new ScoreEntry.Verified(U, IndicatorCode.of("T"), ScorerId.of("b"), Points.of(1)));
        book.record(new ScoreEntry.NotApplicable(U, IndicatorCode.of("N"), "n/a"));
        assertThat(Completeness.check(book, List.of(unit))).extracting(MissingScore::toString)
                .containsExactly("单位/T:TOO_FEW(2<3)");
    }

    @Test
    void theSpreadIsThePopulationStandardDeviation() {
        assertThat(Spread.standardDeviation(List.of(Points.of(2), Points.of(4), Points.of(4), Points.of(4), Points.of(5),
                Points.of(5), Points.of(7), Points.of(9)))).isEqualByComparingTo("2");
        assertThat(Spread.standardDeviation(List.of(Points.of(1), Points.of(2))))
                .isEqualTo(new BigDecimal("0.500000000000"));
        assertThat(Spread.standardDeviation(List.of(Points.of(1), Points.of(2), Points.of(4))))
                .isEqualTo(new BigDecimal("1.247219128925"));
        assertRule(() -> Spread.standardDeviation(List.of()), "spread.needs-scores");
    }

    @Test
    void aSpreadAboveTheLimitIsFlaggedAndOneAtTheLimitIsNot() {
        ScoreBook book = new ScoreBook(SCHEME);
        book.record(new ScoreEntry.Verified(U, P, ScorerId.of("a"), Points.of(1)));
        book.record(new ScoreEntry.Verified(U, P, ScorerId.of("b"), Points.of(3)));
        List<EvaluatedUnit> units = List.of(EvaluatedUnit.of(U, "u"));
        assertThat(Spread.flags(book, units, Points.of(1))).isEmpty(); // sd exactly 1
        List<SpreadFlag> flags = Spread.flags(book, units, Points.of("0.99"));
        assertThat(flags).hasSize(1);
        assertThat(flags.getFirst().standardDeviation()).isEqualByComparingTo("1");
        assertThat(flags.getFirst().scores()).containsExactly(Points.of(1), Points.of(3));
    }

    @Test
    void theExactFlagAgreesWithTheSquareRoot() {
        qt().forAll(lists().of(integers().between(0, 1_000)).ofSizeBetween(2, 7), integers().between(0, 600))
                .checkAssert((scores, limit) -> {
                    ScoreBook book = new ScoreBook(SCHEME);
                    for (int k = 0; k < scores.size(); k++) {
                        book.record(new ScoreEntry.Verified(U, P, ScorerId.of("e" + k), Points.ofCents(scores.get(k))));
                    }
                    BigDecimal sd = Spread.standardDeviation(book.verified(U, P));
                    boolean flagged = !Spread.flags(book, List.of(EvaluatedUnit.of(U, "u")), Points.ofCents(limit)).isEmpty();
                    BigDecimal limitPoints = BigDecimal.valueOf(limit, 2);
                    if (sd.compareTo(limitPoints) != 0) {
                        assertThat(flagged).isEqualTo(sd.compareTo(limitPoints) > 0);
                    }
                });
    }
}
