package com.pingyi.evaluation.domain;

import static com.pingyi.evaluation.domain.shared.DomainAssertions.assertRule;

import com.pingyi.evaluation.domain.demo.Shanghai2019DemoRound;
import com.pingyi.evaluation.domain.finding.Finding;
import com.pingyi.evaluation.domain.finding.FindingId;
import com.pingyi.evaluation.domain.finding.FindingKind;
import com.pingyi.evaluation.domain.grade.GradeBand;
import com.pingyi.evaluation.domain.grade.GradeScale;
import com.pingyi.evaluation.domain.notice.NoticeSettings;
import com.pingyi.evaluation.domain.result.ResultCalculator;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.scheme.Aggregation;
import com.pingyi.evaluation.domain.scheme.Dimension;
import com.pingyi.evaluation.domain.scheme.DimensionCode;
import com.pingyi.evaluation.domain.scheme.EvaluationMethod;
import com.pingyi.evaluation.domain.scheme.Indicator;
import com.pingyi.evaluation.domain.scheme.IndicatorCode;
import com.pingyi.evaluation.domain.scheme.IndicatorKind;
import com.pingyi.evaluation.domain.scheme.MeasuredValue;
import com.pingyi.evaluation.domain.scheme.Scheme;
import com.pingyi.evaluation.domain.score.ScoreBook;
import com.pingyi.evaluation.domain.score.ScoreEntry;
import com.pingyi.evaluation.domain.shared.Points;
import com.pingyi.evaluation.domain.shared.Weight;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The remaining named errors, each with its key and arguments. */
class NamedErrorsTest {

    static final UnitId U = UnitId.named("u");
    static final IndicatorCode A = IndicatorCode.of("A");

    @Test
    void requiredPartsOfSchemesAndEntries() {
        Indicator a = Indicator.of("A", "a", "10", EvaluationMethod.DOCUMENT_REVIEW, IndicatorKind.points(), null);
        assertRule(() -> new Dimension(null, "d", Weight.of(100), List.of(a)), "dimension.code.required");
        assertRule(() -> new Dimension(DimensionCode.of("D"), " ", Weight.of(100), List.of(a)), "dimension.name.required");
        assertRule(() -> new Indicator(null, "a", Points.of(1), EvaluationMethod.DOCUMENT_REVIEW, IndicatorKind.points(),
                Aggregation.MEAN), "indicator.code.required");
        assertRule(() -> Indicator.of("A", " ", "1", EvaluationMethod.DOCUMENT_REVIEW, IndicatorKind.points(), null),
                "indicator.name.required");
        assertRule(() -> new MeasuredValue.Quantity(null), "measured.required");
        assertRule(() -> new ScoreEntry.Violation(U, A, Points.of(1), " "), "deduction.note-required");
        assertRule(() -> new ScoreEntry.NotApplicable(U, A, ""), "not-applicable.reason-required");
        assertRule(() -> new RoundId(null), "round.id.required");
        assertRule(() -> new FindingId(null), "finding.id.required");
    }

    @Test
    void requiredPartsOfBandsAndNotices() {
        assertRule(() -> new GradeBand("A", null, true, BigDecimal.TEN, true, true), "grade.band.bounds-required", "A");
        GradeBand stranger = GradeBand.closed("X", "0", "100", true);
        assertRule(() -> GradeScale.seedDefault().rankOf(stranger), "grade.band.unknown", "X");
        assertRule(() -> new NoticeSettings("t", " ", "b", "c", "d", "e", "f"), "notice.addressee-required");
        assertRule(() -> new NoticeSettings("t", "a", "b", "c", " ", "e", "f"), "notice.programme-required");
    }

    @Test
    void resultsOfAnotherSchemeOrUnitAreRefused() {
        EvaluationRound demo = Shanghai2019DemoRound.build();
        Scheme other = Scheme.of(new Dimension(DimensionCode.of("D"), "d", Weight.of(100), List.of(
                Indicator.of("A", "a", "10", EvaluationMethod.DOCUMENT_REVIEW, IndicatorKind.points(), null))));
        assertRule(() -> ResultCalculator.calculate(other, demo.scale(), demo.units(), demo.scores(), 2),
                "result.scores-for-another-scheme");
        UnitId stranger = UnitId.named("stranger");
        assertRule(() -> demo.results().of(stranger), "result.unit-unknown", stranger.toString());
        assertRule(() -> ScoreBook.of(other, List.of()).measured(U, IndicatorCode.of("Z")), "scheme.indicator-unknown", "Z");
    }

    @Test
    void unknownFindingsAndRectificationItemsAreNamed() {
        EvaluationRound demo = Shanghai2019DemoRound.build();
        FindingId unknown = FindingId.newId();
        assertRule(() -> demo.removeFinding(unknown), "finding.unknown", unknown.toString());
        assertRule(() -> demo.raiseRectification(unknown, "x", java.time.LocalDate.now()), "finding.unknown",
                unknown.toString());
        UUID item = UUID.randomUUID();
        assertRule(() -> demo.checkCarriedRectification(item, "note"), "rectification.unknown", item.toString());
        Finding f = demo.findings().getFirst();
        demo.removeFinding(f.id());
        assertRule(() -> demo.removeFinding(f.id()), "finding.unknown", f.id().toString());
        assertRule(() -> Finding.roundWide(FindingKind.PROBLEM, null, "x".repeat(5001)), "text.too-long", 5001, 5000);
    }
}
