package com.pingyi.evaluation.persistence.round;

import static org.assertj.core.api.Assertions.assertThat;

import com.pingyi.evaluation.application.port.out.SaveRoundPort;
import com.pingyi.evaluation.application.port.out.ScoreCount;
import com.pingyi.evaluation.domain.demo.Shanghai2019DemoRound;
import com.pingyi.evaluation.domain.grade.GradeScale;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.round.EvaluationYear;
import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.scheme.Indicator;
import com.pingyi.evaluation.domain.scheme.IndicatorCode;
import com.pingyi.evaluation.domain.scheme.IndicatorKind;
import com.pingyi.evaluation.domain.scheme.MeasuredValue;
import com.pingyi.evaluation.domain.score.ScoreEntry;
import com.pingyi.evaluation.domain.score.ScorerId;
import com.pingyi.evaluation.domain.shared.Points;
import com.pingyi.evaluation.domain.unit.EvaluatedUnit;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the round figures adapter must count on every database it supports: the scores in and
 * expected, equal to what the domain's completeness check says of the same round.
 */
abstract class RoundFiguresContract {

    @Autowired
    RoundFiguresAdapter figures;

    @Autowired
    SaveRoundPort rounds;

    @Autowired
    TransactionTemplate transactions;

    private ScoreCount stored(EvaluationRound round) {
        transactions.execute(tx -> rounds.saveRound(round));
        return transactions.execute(tx -> figures.countScores(round.id()));
    }

    /** The domain's count: the cells that need a score, less the missing-score list. */
    private static ScoreCount domain(EvaluationRound round) {
        long expected = 0;
        for (EvaluatedUnit unit : round.activeUnits()) {
            for (Indicator indicator : round.scheme().orElseThrow().indicators()) {
                if (!(indicator.kind() instanceof IndicatorKind.Deduction)
                        && !round.scores().isNotApplicable(unit.id(), indicator.code())) {
                    expected++;
                }
            }
        }
        return new ScoreCount(expected - round.missingScores().size(), expected);
    }

    @Test
    void a_closed_round_has_every_expected_score_in() {
        EvaluationRound closed = Shanghai2019DemoRound.build();

        ScoreCount count = stored(closed);

        // 16 units x 16 indicators that need a score: the deduction needs none
        assertThat(count).isEqualTo(new ScoreCount(256, 256)).isEqualTo(domain(closed));
    }

    @Test
    void gaps_too_few_scores_not_applicable_cells_and_withdrawn_units_count_as_the_domain_counts_them() {
        EvaluationRound round = Shanghai2019DemoRound.build();
        round.reopen("补录");
        UnitId huangpu = Shanghai2019DemoRound.unitId("黄浦");
        UnitId xuhui = Shanghai2019DemoRound.unitId("徐汇");
        UnitId baoshan = Shanghai2019DemoRound.unitId("宝山");
        // TRIMMED_MEAN needs three: two left is too few
        for (String expert : List.of("expert-01", "expert-02", "expert-03")) {
            round.removeScore(huangpu, IndicatorCode.of("GK04"), ScorerId.of(expert));
        }
        // a single DOCUMENT_REVIEW score gone: missing
        round.removeScore(xuhui, IndicatorCode.of("BS02"), ScorerId.of("reviewer-01"));
        // not applicable: neither expected nor recorded, whatever is recorded beside it
        round.recordScore(new ScoreEntry.NotApplicable(xuhui, IndicatorCode.of("WZ01"), "网站已整合"));
        round.recordScore(new ScoreEntry.NotApplicable(xuhui, IndicatorCode.of("HD02"), "未开设"));
        // a withdrawn unit's cells leave the count
        round.withdrawUnit(baoshan, "机构调整", LocalDate.of(2020, 1, 10));

        ScoreCount count = stored(round);

        assertThat(count).isEqualTo(domain(round));
        assertThat(count.expected()).isEqualTo(15 * 16 - 2);
        assertThat(count.recorded()).isEqualTo(count.expected() - 2);
    }

    @Test
    void a_new_round_expects_what_its_scheme_and_units_need_and_has_nothing_in() {
        EvaluationRound next = Shanghai2019DemoRound.published().cloneFor(EvaluationYear.of(2020), "2020年度评议");
        next.open();
        UnitId jingan = Shanghai2019DemoRound.unitId("静安");
        next.recordScore(new ScoreEntry.Measured(jingan, IndicatorCode.of("GK01"), MeasuredValue.quantity("100")));
        next.recordScore(new ScoreEntry.VetoOutcome(jingan, IndicatorCode.of("FJ01"), true, null));
        next.recordScore(new ScoreEntry.SelfInspected(jingan, IndicatorCode.of("GK05"), Points.of(25)));
        next.recordScore(new ScoreEntry.Violation(jingan, IndicatorCode.of("KF01"), Points.of(1), "链接失效"));

        ScoreCount count = stored(next);

        // a self-inspection claim is not a verified score, and a violation is required of nobody
        assertThat(count).isEqualTo(new ScoreCount(2, 256)).isEqualTo(domain(next));
    }

    @Test
    void a_round_without_a_scheme_or_units_and_an_unknown_round_expect_nothing() {
        EvaluationRound draft = EvaluationRound.draft(EvaluationYear.of(2021), "2021年度评议");
        EvaluationRound schemeOnly = EvaluationRound.draft(EvaluationYear.of(2022), "2022年度评议");
        schemeOnly.defineScheme(Shanghai2019DemoRound.scheme());
        schemeOnly.defineScale(GradeScale.seedDefault());

        assertThat(stored(draft)).isEqualTo(new ScoreCount(0, 0));
        assertThat(stored(schemeOnly)).isEqualTo(new ScoreCount(0, 0));
        ScoreCount unknown = transactions.execute(tx -> figures.countScores(RoundId.newId()));
        assertThat(unknown).isEqualTo(new ScoreCount(0, 0));
    }
}
