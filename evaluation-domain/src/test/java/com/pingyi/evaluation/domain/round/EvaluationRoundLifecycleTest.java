package com.pingyi.evaluation.domain.round;

import static com.pingyi.evaluation.domain.shared.DomainAssertions.assertRule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pingyi.evaluation.domain.finding.Finding;
import com.pingyi.evaluation.domain.finding.FindingKind;
import com.pingyi.evaluation.domain.grade.GradeBand;
import com.pingyi.evaluation.domain.grade.GradeScale;
import com.pingyi.evaluation.domain.scheme.Aggregation;
import com.pingyi.evaluation.domain.scheme.Dimension;
import com.pingyi.evaluation.domain.scheme.DimensionCode;
import com.pingyi.evaluation.domain.scheme.EvaluationMethod;
import com.pingyi.evaluation.domain.scheme.Indicator;
import com.pingyi.evaluation.domain.scheme.IndicatorKind;
import com.pingyi.evaluation.domain.scheme.MeasuredRule;
import com.pingyi.evaluation.domain.scheme.Scheme;
import com.pingyi.evaluation.domain.score.MissingScore;
import com.pingyi.evaluation.domain.score.ScoreEntry;
import com.pingyi.evaluation.domain.score.ScorerId;
import com.pingyi.evaluation.domain.shared.Points;
import com.pingyi.evaluation.domain.shared.Weight;
import com.pingyi.evaluation.domain.unit.EvaluatedUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lifecycle of a round: its transitions, the freezing of the scheme, amendments and restoring. */
class EvaluationRoundLifecycleTest extends RoundFixture {

    @Test
    void theExistingFactoriesStillWork() {
        RoundId id = RoundId.newId();
        EvaluationRound restored = EvaluationRound.restore(id, EvaluationYear.of(2019), " title ", RoundStatus.OPEN, 3);
        assertThat(restored.id()).isEqualTo(id);
        assertThat(restored.title()).isEqualTo("title");
        assertThat(restored.status()).isEqualTo(RoundStatus.OPEN);
        assertThat(restored.version()).isEqualTo(3);
        assertRule(() -> EvaluationRound.draft(EvaluationYear.of(2019), " "), "round.title.required");
        assertRule(() -> EvaluationRound.draft(EvaluationYear.of(2019), "x".repeat(201)), "round.title.too-long", 201, 200);
    }

    @Test
    void theLifecycleRunsDraftOpenClosedPublished() {
        EvaluationRound round = draft();
        assertThat(round.status()).isEqualTo(RoundStatus.DRAFT);
        round.open();
        assertThat(round.status()).isEqualTo(RoundStatus.OPEN);
        scoreFully(round, u1, "9", "9", "9");
        scoreFully(round, u2, "5", "5", "5");
        round.close();
        assertThat(round.status()).isEqualTo(RoundStatus.CLOSED);
        Publication p = round.publish(DAY);
        assertThat(round.status()).isEqualTo(RoundStatus.PUBLISHED);
        assertThat(p.version()).isEqualTo(1);
        assertThat(p.notice().date()).isEqualTo(DAY);
    }

    @Test
    void transitionsOutOfOrderAreRefused() {
        EvaluationRound round = draft();
        assertRule(round::close, "round.wrong-status", "close", "DRAFT", "[OPEN]");
        assertRule(() -> round.publish(DAY), "round.wrong-status", "publish", "DRAFT", "[CLOSED]");
        assertRule(() -> round.reopen("why"), "round.wrong-status", "reopen", "DRAFT", "[CLOSED]");
        EvaluationRound empty = EvaluationRound.draft(EvaluationYear.of(2019), "t");
        assertRule(empty::open, "round.open.needs-scheme");
        empty.defineScheme(scheme());
        assertRule(empty::open, "round.open.needs-units");
    }

    @Test
    void theSchemeAndBandsFreezeWhenTheRoundOpens() {
        EvaluationRound round = draft();
        round.open();
        assertRule(() -> round.defineScheme(scheme()), "round.frozen-after-draft", "defineScheme", "OPEN");
        assertRule(() -> round.defineScale(GradeScale.seedDefault()), "round.frozen-after-draft", "defineScale", "OPEN");
        assertRule(() -> round.addUnit(EvaluatedUnit.draft("三号")), "round.frozen-after-draft", "addUnit", "OPEN");
        assertRule(() -> round.defineDisplayPrecision(1), "round.frozen-after-draft", "defineDisplayPrecision", "OPEN");
    }

    @Test
    void anAmendmentOfTheFrozenSchemeNeedsAReasonAndIsRecorded() {
        EvaluationRound round = draft();
        round.open();
        assertRule(() -> round.amendScheme(scheme(), " "), "round.reason-required");
        round.amendScheme(scheme(), "typo in an indicator name");
        GradeScale twoBands = GradeScale.of(GradeBand.closed("A", "50", "100", true), GradeBand.halfOpen("B", "0", "50", false));
        round.amendScale(twoBands, "the commission decided two bands");
        assertThat(round.amendments()).extracting(Amendment::what).containsExactly(Amendment.What.SCHEME,
                Amendment.What.GRADE_SCALE);
        assertThat(round.scale()).isEqualTo(twoBands);
    }

    @Test
    void anAmendmentThatRecordedScoresNoLongerFitIsRefused() {
        EvaluationRound round = draft();
        round.open();
        scoreFully(round, u1, "9", "9", "9");
        Scheme smaller = Scheme.of(new Dimension(DimensionCode.of("D1"), "重点", Weight.of(100), List.of(
                Indicator.of("A", "a", "8", EvaluationMethod.EXPERT_ONLINE_REVIEW, IndicatorKind.points(),
                        Aggregation.TRIMMED_MEAN),
                Indicator.of("M", "m", "5", EvaluationMethod.THIRD_PARTY_ASSESSMENT,
                        IndicatorKind.measured(MeasuredRule.yesNo()), null))));
        assertRule(() -> round.amendScheme(smaller, "lower maximum"), "score.out-of-range", "A", "9.00", "8.00");
        assertThat(round.amendments()).isEmpty();
    }

    @Test
    void closingIsRefusedWithTheCompleteListOfMissingScores() {
        EvaluationRound round = draft();
        round.open();
        round.recordScore(new ScoreEntry.Verified(u1.id(), A, ScorerId.of("e1"), Points.of("9")));
        round.recordScore(new ScoreEntry.Verified(u1.id(), A, ScorerId.of("e2"), Points.of("8")));
        assertThatThrownBy(round::close).isInstanceOf(MissingScoresException.class).satisfies(e -> {
            MissingScoresException m = (MissingScoresException) e;
            assertThat(m.messageKey()).isEqualTo("round.close.scores-missing");
            assertThat(m.arguments()).first().isEqualTo(4);
            assertThat(m.missing()).extracting(MissingScore::unitName, ms -> ms.indicator().value(), MissingScore::problem)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("一号单位", "A", MissingScore.Problem.TOO_FEW),
                            org.assertj.core.groups.Tuple.tuple("一号单位", "M", MissingScore.Problem.MISSING),
                            org.assertj.core.groups.Tuple.tuple("二号单位", "A", MissingScore.Problem.MISSING),
                            org.assertj.core.groups.Tuple.tuple("二号单位", "M", MissingScore.Problem.MISSING));
            assertThat(m.missing().getFirst().recorded()).isEqualTo(2);
            assertThat(m.missing().getFirst().needed()).isEqualTo(3);
        });
        assertThat(round.status()).isEqualTo(RoundStatus.OPEN);
    }

    @Test
    void reopeningNeedsAReason() {
        EvaluationRound round = closed();
        assertRule(() -> round.reopen(""), "round.reason-required");
        round.reopen("an expert corrected a score");
        assertThat(round.status()).isEqualTo(RoundStatus.OPEN);
        assertThat(round.amendments()).extracting(Amendment::reason).containsExactly("an expert corrected a score");
    }

    @Test
    void aRoundSurvivesRestoringFromItsContents() {
        EvaluationRound round = closed();
        round.addFinding(Finding.roundWide(FindingKind.PROBLEM, null, "普遍问题"));
        round.publish(DAY);
        EvaluationRound restored = EvaluationRound.restore(round.id(), round.year(), round.title(), round.status(), 7,
                round.contents());
        assertThat(restored.results().of(u1.id()).rate()).isEqualTo(round.results().of(u1.id()).rate());
        assertThat(restored.findings()).isEqualTo(round.findings());
        assertThat(restored.units()).isEqualTo(round.units());
        assertThat(restored.version()).isEqualTo(7);
        assertThat(restored.publications()).isEqualTo(round.publications());
        assertThat(restored.contents().scores()).containsExactlyInAnyOrderElementsOf(round.contents().scores());
    }
}
