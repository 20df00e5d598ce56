package com.pingyi.evaluation.domain.round;

import static com.pingyi.evaluation.domain.shared.DomainAssertions.assertRule;
import static org.assertj.core.api.Assertions.assertThat;

import com.pingyi.evaluation.domain.finding.Finding;
import com.pingyi.evaluation.domain.finding.FindingKind;
import com.pingyi.evaluation.domain.finding.RectificationItem;
import com.pingyi.evaluation.domain.scheme.DimensionCode;
import com.pingyi.evaluation.domain.score.ScorerId;
import com.pingyi.evaluation.domain.shared.Points;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Findings, the rectification items raised from them, and the next year's round that carries the open items. */
class RoundFindingsAndCloningTest extends RoundFixture {

    @Test
    void findingsMustReferToUnitsAndDimensionsOfTheRound() {
        EvaluationRound round = closed();
        UnitId stranger = UnitId.named("stranger");
        assertRule(() -> round.addFinding(Finding.aboutUnit(FindingKind.PROBLEM, stranger, null, "x")),
                "round.unit-unknown", stranger.toString());
        assertRule(() -> round.addFinding(Finding.roundWide(FindingKind.PROBLEM, DimensionCode.of("D9"), "x")),
                "scheme.dimension-unknown", "D9");
    }

    @Test
    void aRectificationItemComesFromAProblemFindingAboutAUnitAndIsCarriedIntoTheClone() {
        EvaluationRound round = closed();
        Finding problem = Finding.aboutUnit(FindingKind.PROBLEM, u2.id(), DimensionCode.of("D1"), "差错率偏高");
        Finding achievement = Finding.aboutUnit(FindingKind.ACHIEVEMENT, u1.id(), null, "做得好");
        Finding roundWide = Finding.roundWide(FindingKind.PROBLEM, null, "普遍问题");
        round.addFinding(problem);
        round.addFinding(achievement);
        round.addFinding(roundWide);
        assertRule(() -> round.raiseRectification(achievement.id(), "x", DAY), "rectification.needs-problem-finding",
                "ACHIEVEMENT");
        assertRule(() -> round.raiseRectification(roundWide.id(), "x", DAY), "rectification.needs-unit-finding");
        assertRule(() -> round.raiseRectification(problem.id(), "降低差错率", null), "rectification.due-date-required");
        RectificationItem item = round.raiseRectification(problem.id(), "降低差错率", LocalDate.of(2020, 12, 31));
        assertThat(item.unit()).isEqualTo(u2.id());
        assertThat(item.isOpen()).isTrue();

        EvaluationRound next = round.cloneFor(EvaluationYear.of(2020), "2020 round");
        assertThat(next.status()).isEqualTo(RoundStatus.DRAFT);
        assertThat(next.year()).isEqualTo(EvaluationYear.of(2020));
        assertThat(next.scheme()).contains(scheme());
        assertThat(next.scale()).isEqualTo(round.scale());
        assertThat(next.units()).containsExactly(u1, u2);
        assertThat(next.findings()).isEmpty();
        assertThat(next.scores().entries()).isEmpty();
        assertThat(next.clonedFrom()).contains(round.id());
        assertThat(next.carriedRectifications()).containsExactly(item);
        next.checkCarriedRectification(item.id(), "已整改，差错率为0");
        assertThat(next.carriedRectifications().getFirst().isOpen()).isFalse();
        assertRule(() -> next.checkCarriedRectification(item.id(), "again"), "rectification.already-done", "降低差错率");
        // a done item is not carried again
        assertThat(next.cloneFor(EvaluationYear.of(2021), "2021").carriedRectifications()).isEmpty();
        assertRule(() -> round.cloneFor(EvaluationYear.of(2018), "back"), "round.clone.year-before-source", 2018, 2019);
    }

    @Test
    void aCloneKeepsTheSettingsUnitsAndScorersButNoneOfTheYearsRecords() {
        EvaluationRound round = draft();
        round.defineDisplayPrecision(1);
        round.defineSpreadLimit(Points.of("3"));
        com.pingyi.evaluation.domain.score.Scorer wang = com.pingyi.evaluation.domain.score.Scorer.expert(
                ScorerId.of("wang"), "王专家");
        round.registerScorer(wang);
        round.withdrawUnit(u2.id(), "merged", DAY);
        EvaluationRound next = round.cloneFor(EvaluationYear.of(2019), "2019 again");
        assertThat(next.id()).isNotEqualTo(round.id());
        assertThat(next.title()).isEqualTo("2019 again");
        assertThat(next.version()).isZero();
        assertThat(next.displayPrecision()).isEqualTo(1);
        assertThat(next.spreadLimit()).isEqualTo(Points.of("3"));
        assertThat(next.scorers()).containsExactly(wang);
        assertThat(next.units()).containsExactly(u1, u2);
        assertThat(next.activeUnits()).containsExactly(u1, u2);
        assertThat(next.withdrawal(u2.id())).isEmpty();
        assertThat(next.noticeSettings()).isEmpty();
        assertRule(() -> round.cloneFor(EvaluationYear.of(2020), " "), "round.title.required");

        EvaluationRound published = closed();
        published.reopen("a late score");
        published.close();
        published.publish(DAY);
        EvaluationRound after = published.cloneFor(EvaluationYear.of(2020), "2020 round");
        assertThat(after.amendments()).isEmpty();
        assertThat(after.publications()).isEmpty();
        assertThat(after.rectifications()).isEmpty();
        assertThat(after.noticeSettings()).isEmpty();
        assertThat(after.contents().withdrawals()).isEmpty();

        EvaluationRound bare = EvaluationRound.draft(EvaluationYear.of(2019), "no scheme yet");
        EvaluationRound bareNext = bare.cloneFor(EvaluationYear.of(2020), "2020");
        assertThat(bareNext.scheme()).isEmpty();
        assertRule(bareNext::scores, "round.open.needs-scheme");
    }
}
