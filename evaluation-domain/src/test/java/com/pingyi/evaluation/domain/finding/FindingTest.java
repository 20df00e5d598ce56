package com.pingyi.evaluation.domain.finding;

import static com.pingyi.evaluation.domain.shared.DomainAssertions.assertRule;
import static org.assertj.core.api.Assertions.assertThat;

import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.scheme.Dimension;
import com.pingyi.evaluation.domain.scheme.DimensionCode;
import com.pingyi.evaluation.domain.scheme.EvaluationMethod;
import com.pingyi.evaluation.domain.scheme.Indicator;
import com.pingyi.evaluation.domain.scheme.IndicatorKind;
import com.pingyi.evaluation.domain.scheme.MeasuredRule;
import com.pingyi.evaluation.domain.scheme.MeasuredValue;
import com.pingyi.evaluation.domain.scheme.Scheme;
import com.pingyi.evaluation.domain.score.ScoreBook;
import com.pingyi.evaluation.domain.score.ScoreEntry;
import com.pingyi.evaluation.domain.shared.Weight;
import com.pingyi.evaluation.domain.unit.EvaluatedUnit;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FindingTest {

    static final Scheme SCHEME = Scheme.of(new Dimension(DimensionCode.of("D1"), "d", Weight.of(100), List.of(
            Indicator.of("RATE", "主动公开率", "10", EvaluationMethod.DOCUMENT_REVIEW,
                    IndicatorKind.measured(MeasuredRule.linear("100")), null),
            Indicator.of("WEIBO", "政务微博", "5", EvaluationMethod.THIRD_PARTY_ASSESSMENT,
                    IndicatorKind.measured(MeasuredRule.yesNo()), null))));

    @Test
    void aStatisticCountsTheUnitsMeetingItsCondition() {
        ScoreBook book = new ScoreBook(SCHEME);
        List<EvaluatedUnit> units = List.of(unit("a"), unit("b"), unit("c"), unit("d"));
        String[] rates = {"100", "100.0", "99.5", "80"};
        for (int k = 0; k < 4; k++) {
            book.record(new ScoreEntry.Measured(units.get(k).id(), SCHEME.indicators().get(0).code(),
                    MeasuredValue.quantity(rates[k])));
        }
        book.record(new ScoreEntry.Measured(units.get(0).id(), SCHEME.indicators().get(1).code(), MeasuredValue.yes()));
        book.record(new ScoreEntry.Measured(units.get(1).id(), SCHEME.indicators().get(1).code(), MeasuredValue.no()));
        book.record(new ScoreEntry.NotApplicable(units.get(2).id(), SCHEME.indicators().get(1).code(), "no account"));
        assertThat(Statistic.countWhere("RATE", Comparison.EQUAL, MeasuredValue.quantity("100")).count(book, units)).isEqualTo(2);
        assertThat(Statistic.countWhere("RATE", Comparison.AT_LEAST, MeasuredValue.quantity("99.5")).count(book, units))
                .isEqualTo(3);
        assertThat(Statistic.countWhere("RATE", Comparison.BELOW, MeasuredValue.quantity("99.5")).count(book, units))
                .isEqualTo(1);
        assertThat(Statistic.countWhere("RATE", Comparison.ABOVE, MeasuredValue.quantity("99.5")).count(book, units))
                .isEqualTo(2);
        assertThat(Statistic.countWhere("RATE", Comparison.AT_MOST, MeasuredValue.quantity("80")).count(book, units))
                .isEqualTo(1);
        assertThat(Statistic.countWhere("WEIBO", Comparison.EQUAL, MeasuredValue.yes()).count(book, units)).isEqualTo(1);
        assertRule(() -> Statistic.countWhere("WEIBO", Comparison.AT_LEAST, MeasuredValue.yes()),
                "statistic.yes-no-needs-equal", "WEIBO", "AT_LEAST");
        assertRule(() -> Statistic.countWhere("NOPE", Comparison.EQUAL, MeasuredValue.yes()).count(book, units),
                "scheme.indicator-unknown", "NOPE");
    }

    @Test
    void aFindingQuotesEachOfItsStatisticsByPlaceholder() {
        Statistic s = Statistic.countWhere("RATE", Comparison.EQUAL, MeasuredValue.quantity("100"));
        Finding f = Finding.roundWide(FindingKind.ACHIEVEMENT, null, "有{0}家", s);
        assertThat(f.render(List.of(15))).isEqualTo("有15家");
        assertRule(() -> Finding.roundWide(FindingKind.ACHIEVEMENT, null, "没有占位符", s), "finding.statistic-not-quoted", 0,
                "RATE");
        assertRule(() -> Finding.roundWide(FindingKind.ACHIEVEMENT, null, "有{0}家"), "finding.placeholder-without-statistic",
                0);
        assertRule(() -> Finding.roundWide(FindingKind.ACHIEVEMENT, null, " "), "finding.text.required");
        assertRule(() -> Finding.roundWide(null, null, "x"), "finding.kind.required");
        assertRule(() -> Finding.aboutUnit(FindingKind.PROBLEM, null, null, "x"), "finding.unit.required");
        assertThat(Finding.roundWide(FindingKind.PROBLEM, DimensionCode.of("D1"), "x").aboutDimension())
                .contains(DimensionCode.of("D1"));
    }

    @Test
    void aRectificationItemIsDoneOnceWithANote() {
        RectificationItem item = new RectificationItem(UUID.randomUUID(), RoundId.newId(), FindingId.newId(),
                UnitId.named("u"), "整改", LocalDate.of(2020, 12, 31), RectificationItem.Status.OPEN, null);
        assertRule(() -> item.done(" "), "rectification.check-note-required");
        RectificationItem done = item.done("已整改");
        assertThat(done.isOpen()).isFalse();
        assertRule(() -> done.done("again"), "rectification.already-done", "整改");
        assertRule(() -> new RectificationItem(UUID.randomUUID(), RoundId.newId(), FindingId.newId(), UnitId.named("u"),
                " ", LocalDate.of(2020, 12, 31), RectificationItem.Status.OPEN, null), "rectification.description-required");
    }

    private static EvaluatedUnit unit(String name) {
        return EvaluatedUnit.of(UnitId.named(name), name);
    }
}
