package com.pingyi.evaluation.domain.round;

import com.pingyi.evaluation.domain.notice.NoticeSettings;
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
import com.pingyi.evaluation.domain.shared.Weight;
import com.pingyi.evaluation.domain.unit.EvaluatedUnit;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.time.LocalDate;
import java.util.List;

/** A two-unit round of the 2019 kind at each stage of its lifecycle, shared by the round's tests. */
abstract class RoundFixture {

    static final IndicatorCode A = IndicatorCode.of("A");
    static final IndicatorCode M = IndicatorCode.of("M");
    static final LocalDate DAY = LocalDate.of(2020, 4, 16);

    final EvaluatedUnit u1 = EvaluatedUnit.of(UnitId.named("U1"), "一号单位");
    final EvaluatedUnit u2 = EvaluatedUnit.of(UnitId.named("U2"), "二号单位");

    static Scheme scheme() {
        return Scheme.of(new Dimension(DimensionCode.of("D1"), "重点", Weight.of(100), List.of(
                Indicator.of("A", "a", "10", EvaluationMethod.EXPERT_ONLINE_REVIEW, IndicatorKind.points(),
                        Aggregation.TRIMMED_MEAN),
                Indicator.of("M", "m", "5", EvaluationMethod.THIRD_PARTY_ASSESSMENT,
                        IndicatorKind.measured(MeasuredRule.yesNo()), null))));
    }

    static NoticeSettings settings() {
        return new NoticeSettings("关于公布评议结果的通知", "各单位", "某〔2019〕1号", "实施方案", "评议工作", "评议", "某委员会");
    }

    EvaluationRound draft() {
        EvaluationRound round = EvaluationRound.draft(EvaluationYear.of(2019), "2019 round");
        round.defineScheme(scheme());
        round.defineNotice(settings());
        round.addUnit(u1);
        round.addUnit(u2);
        return round;
    }

    void scoreFully(EvaluationRound round, EvaluatedUnit unit, String... scores) {
        for (int k = 0; k < scores.length; k++) {
            round.recordScore(new ScoreEntry.Verified(unit.id(), A, ScorerId.of("e" + k), Points.of(scores[k])));
        }
        round.recordScore(new ScoreEntry.Measured(unit.id(), M, MeasuredValue.yes()));
    }

    EvaluationRound closed() {
        EvaluationRound round = draft();
        round.open();
        scoreFully(round, u1, "9", "9", "9");
        scoreFully(round, u2, "5", "5", "5");
        round.close();
        return round;
    }
}
