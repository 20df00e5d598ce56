package com.pingyi.evaluation.domain.round;

import static com.pingyi.evaluation.domain.shared.DomainAssertions.assertRule;
import static org.assertj.core.api.Assertions.assertThat;

import com.pingyi.evaluation.domain.finding.Finding;
import com.pingyi.evaluation.domain.finding.FindingKind;
import com.pingyi.evaluation.domain.score.ScoreEntry;
import com.pingyi.evaluation.domain.score.ScorerId;
import com.pingyi.evaluation.domain.shared.Points;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Publishing a closed round and correcting a published one. */
class PublicationTest extends RoundFixture {

    @Test
    void aPublishedRoundIsNeverEditedAndACorrectionIsANewVersion() {
        EvaluationRound round = closed();
        Publication first = round.publish(DAY);
        assertRule(() -> round.recordScore(new ScoreEntry.Verified(u2.id(), A, ScorerId.of("e0"), Points.of("10"))),
                "round.wrong-status", "recordScore", "PUBLISHED", "[OPEN]");
        assertRule(() -> round.addFinding(Finding.roundWide(FindingKind.PROBLEM, null, "x")), "round.wrong-status",
                "addFinding", "PUBLISHED", "[OPEN, CLOSED]");
        List<ScoreEntry> fix = List.of(new ScoreEntry.Verified(u2.id(), A, ScorerId.of("e0"), Points.of("10")),
                new ScoreEntry.Verified(u2.id(), A, ScorerId.of("e1"), Points.of("10")),
                new ScoreEntry.Verified(u2.id(), A, ScorerId.of("e2"), Points.of("10")));
        assertRule(() -> round.publishCorrection(" ", DAY, fix), "round.reason-required");
        assertRule(() -> round.publishCorrection("why", DAY, List.of()), "round.correction.needs-changes");
        Publication second = round.publishCorrection("scores of 二号单位 were entered in the wrong column", DAY.plusDays(3), fix);
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.correctionReason()).contains("wrong column");
        assertThat(round.publications()).containsExactly(first, second);
        assertThat(round.publication(1).standingOf(u2.id()).rate().percent()).isEqualByComparingTo("66.67");
        assertThat(round.publication(1).standingOf(u2.id()).rank()).isEqualTo(2);
        assertThat(round.publication(2).standingOf(u2.id()).rate().percent()).isEqualByComparingTo("100");
        assertThat(round.publication(2).standingOf(u2.id()).rank()).isEqualTo(1);
        assertThat(round.publication(2).corrections()).isEqualTo(fix);
        assertThat(round.publication(1).isCorrection()).isFalse();
        assertThat(round.results().of(u2.id()).rate().percent()).isEqualByComparingTo("100");
        assertRule(() -> round.publication(3), "round.publication-unknown", 3, 2);
    }

    @Test
    void publishingNeedsTheNoticeSettings() {
        EvaluationRound round = EvaluationRound.draft(EvaluationYear.of(2019), "t");
        round.defineScheme(scheme());
        round.addUnit(u1);
        round.open();
        scoreFully(round, u1, "9", "9", "9");
        round.close();
        assertRule(() -> round.publish(DAY), "round.publish.needs-notice-settings");
    }

    @Test
    void aUnitLeftOutWithoutAReasonBlocksPublicationUntilItIsWithdrawnWithOne() {
        EvaluationRound round = draft();
        round.open();
        scoreFully(round, u1, "9", "9", "9");
        // nothing applies to 二号单位: it gets no rate, so the notice can neither name it nor say why not
        round.recordScore(new ScoreEntry.NotApplicable(u2.id(), A, "no website"));
        round.recordScore(new ScoreEntry.NotApplicable(u2.id(), M, "no website"));
        round.close();
        assertRule(() -> round.publish(DAY), "notice.units-unaccounted", 1, "二号单位");
        assertThat(round.status()).isEqualTo(RoundStatus.CLOSED);
        round.withdrawUnit(u2.id(), "no website to evaluate this year", DAY);
        round.publish(DAY);
        assertThat(round.publication(1).notice().omissions()).extracting(o -> o.unitName(), o -> o.detail())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("二号单位", "no website to evaluate this year"));
    }
}
