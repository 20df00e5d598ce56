package com.pingyi.evaluation.domain.round;

import static com.pingyi.evaluation.domain.shared.DomainAssertions.assertRule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pingyi.evaluation.domain.scheme.MeasuredValue;
import com.pingyi.evaluation.domain.score.ScoreEntry;
import com.pingyi.evaluation.domain.score.ScorerId;
import com.pingyi.evaluation.domain.shared.Points;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Recording scores into an open round, one by one or as a batch, and what they yield. */
class RoundScoringTest extends RoundFixture {

    @Test
    void scoresAreRecordedOnlyWhileOpenAndOnlyForUnitsOfTheRound() {
        EvaluationRound round = draft();
        ScoreEntry entry = new ScoreEntry.Verified(u1.id(), A, ScorerId.of("e1"), Points.of("9"));
        assertRule(() -> round.recordScore(entry), "round.wrong-status", "recordScore", "DRAFT", "[OPEN]");
        round.open();
        UnitId stranger = UnitId.named("stranger");
        assertRule(() -> round.recordScore(new ScoreEntry.Verified(stranger, A, ScorerId.of("e1"), Points.of("9"))),
                "round.unit-unknown", stranger.toString());
        assertRule(() -> round.recordScore(new ScoreEntry.Verified(u1.id(), A, ScorerId.of("e1"), Points.of("10.5"))),
                "score.out-of-range", "A", "10.50", "10.00");
    }

    @Test
    void notApplicableAndWithdrawnAreNotMissing() {
        EvaluationRound round = draft();
        round.open();
        scoreFully(round, u1, "9", "9", "9");
        round.withdrawUnit(u2.id(), "merged into another district", DAY);
        round.close();
        assertThat(round.results().size()).isEqualTo(1);
    }

    @Test
    void spreadFlagsUseTheRoundsLimit() {
        EvaluationRound round = draft();
        round.defineSpreadLimit(Points.of("2"));
        round.open();
        scoreFully(round, u1, "2", "5", "10");
        scoreFully(round, u2, "5", "5", "6");
        assertThat(round.spreadFlags()).extracting(f -> f.unit()).containsExactly(u1.id());
    }

    @Test
    void aBatchIsRecordedAllOrNothingWithEveryRejectionListed() {
        EvaluationRound round = draft();
        round.open();
        UnitId stranger = UnitId.named("stranger");
        List<ScoreEntry> batch = List.of(
                new ScoreEntry.Verified(u1.id(), A, ScorerId.of("e0"), Points.of("9")),
                new ScoreEntry.Verified(u1.id(), A, ScorerId.of("e1"), Points.of("11")),
                new ScoreEntry.Measured(u1.id(), M, MeasuredValue.yes()),
                new ScoreEntry.Measured(stranger, M, MeasuredValue.yes()));
        assertThatThrownBy(() -> round.recordAll(batch)).isInstanceOf(RejectedEntriesException.class).satisfies(e -> {
            RejectedEntriesException r = (RejectedEntriesException) e;
            assertThat(r.messageKey()).isEqualTo("score.batch-rejected");
            assertThat(r.arguments()).containsExactly(2, 4);
            assertThat(r.rejections()).extracting(RejectedEntriesException.Rejection::index).containsExactly(1, 3);
            assertThat(r.rejections()).extracting(x -> x.rule().messageKey())
                    .containsExactly("score.out-of-range", "round.unit-unknown");
        });
        assertThat(round.scores().entries()).isEmpty();
        round.recordAll(batch.subList(0, 1));
        assertThat(round.scores().verified(u1.id(), A)).containsExactly(Points.of(9));
    }
}
