package com.pingyi.evaluation.domain.round;

import static com.pingyi.evaluation.domain.shared.DomainAssertions.assertRule;
import static org.assertj.core.api.Assertions.assertThat;

import com.pingyi.evaluation.domain.scheme.Dimension;
import com.pingyi.evaluation.domain.scheme.DimensionCode;
import com.pingyi.evaluation.domain.scheme.EvaluationMethod;
import com.pingyi.evaluation.domain.scheme.Indicator;
import com.pingyi.evaluation.domain.scheme.IndicatorCode;
import com.pingyi.evaluation.domain.scheme.IndicatorKind;
import com.pingyi.evaluation.domain.scheme.MeasuredValue;
import com.pingyi.evaluation.domain.scheme.Scheme;
import com.pingyi.evaluation.domain.score.Assignment;
import com.pingyi.evaluation.domain.score.ScoreEntry;
import com.pingyi.evaluation.domain.score.Scorer;
import com.pingyi.evaluation.domain.score.ScorerId;
import com.pingyi.evaluation.domain.shared.Points;
import com.pingyi.evaluation.domain.shared.Weight;
import com.pingyi.evaluation.domain.unit.EvaluatedUnit;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The units, withdrawals and scorers of a round. */
class RoundRosterTest extends RoundFixture {

    @Test
    void unitsAreUniqueAndWithdrawnWithAReason() {
        EvaluationRound round = draft();
        assertRule(() -> round.addUnit(EvaluatedUnit.of(UnitId.newId(), "一号单位")), "round.unit-already-registered",
                "一号单位");
        assertRule(() -> round.withdrawUnit(u1.id(), " ", DAY), "unit.withdrawal.reason-required");
        round.withdrawUnit(u1.id(), "merged", DAY);
        assertThat(round.withdrawal(u1.id())).get().extracting(w -> w.reason()).isEqualTo("merged");
        assertRule(() -> round.withdrawUnit(u1.id(), "again", DAY), "round.unit-already-withdrawn", "一号单位");
        assertThat(round.activeUnits()).containsExactly(u2);
        round.open();
        assertRule(() -> round.recordScore(new ScoreEntry.Measured(u1.id(), M, MeasuredValue.yes())),
                "round.unit-withdrawn", "一号单位");
    }

    @Test
    void registeredScorersScoreOnlyWhatTheyAreAssignedAndNeverTheirOwnUnit() {
        Scheme withSelf = Scheme.of(new Dimension(DimensionCode.of("D1"), "重点", Weight.of(100), List.of(
                Indicator.of("A", "a", "10", EvaluationMethod.EXPERT_ONLINE_REVIEW, IndicatorKind.points(), null),
                Indicator.of("S", "s", "10", EvaluationMethod.SELF_INSPECTION, IndicatorKind.points(), null))));
        EvaluationRound round = EvaluationRound.draft(EvaluationYear.of(2019), "t");
        round.defineScheme(withSelf);
        round.addUnit(u1);
        round.addUnit(u2);
        round.registerScorer(Scorer.expert(ScorerId.of("wang"), "王专家", u1.id()));
        round.assignScorer(ScorerId.of("wang"), Set.of(new Assignment(u2.id(), DimensionCode.of("D1"))));
        round.registerScorer(Scorer.expert(ScorerId.of("li"), "李专家").assigned(Set.of(new Assignment(u2.id(), DimensionCode.of("D1")))));
        round.registerScorer(Scorer.unitContact(ScorerId.of("contact1"), "一号联络员", u1.id()));
        round.open();
        IndicatorCode s = IndicatorCode.of("S");
        assertRule(() -> round.recordScore(new ScoreEntry.Verified(u1.id(), A, ScorerId.of("zhao"), Points.of(5))),
                "score.scorer-not-registered", "zhao");
        assertRule(() -> round.recordScore(new ScoreEntry.Verified(u1.id(), A, ScorerId.of("wang"), Points.of(5))),
                "score.conflict-of-interest", "王专家", "一号单位");
        assertRule(() -> round.recordScore(new ScoreEntry.Verified(u1.id(), A, ScorerId.of("li"), Points.of(5))),
                "score.scorer-not-assigned", "李专家", "一号单位", "A");
        assertRule(() -> round.recordScore(new ScoreEntry.Verified(u1.id(), A, ScorerId.of("contact1"), Points.of(5))),
                "score.conflict-of-interest", "一号联络员", "一号单位");
        assertRule(() -> round.recordScore(new ScoreEntry.Verified(u2.id(), s, ScorerId.of("contact1"), Points.of(5))),
                "score.scorer-not-assigned", "一号联络员", "二号单位", "S");
        round.recordScore(new ScoreEntry.Verified(u2.id(), A, ScorerId.of("wang"), Points.of(5)));
        round.recordScore(new ScoreEntry.Verified(u2.id(), A, ScorerId.of("li"), Points.of(6)));
        round.recordScore(new ScoreEntry.Verified(u1.id(), s, ScorerId.of("contact1"), Points.of(7)));
        assertThat(round.scores().verified(u1.id(), s)).containsExactly(Points.of(7));
        assertRule(() -> Scorer.expert(ScorerId.of("y"), " "), "scorer.name-required");
    }
}
