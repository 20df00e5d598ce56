package com.pingyi.evaluation.persistence.round;

import static org.assertj.core.api.Assertions.assertThat;

import com.pingyi.evaluation.domain.demo.Shanghai2019DemoRound;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.round.EvaluationYear;
import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.scheme.IndicatorCode;
import com.pingyi.evaluation.domain.score.ScoreEntry;
import com.pingyi.evaluation.domain.score.Scorer;
import com.pingyi.evaluation.domain.score.ScorerId;
import com.pingyi.evaluation.domain.shared.Points;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** What the round adapter writes when a round is saved again: only the score rows that changed, with typed exact columns. */
abstract class ScoreRowsContract extends RoundAdapterContract {

    // ---- only what changed is written ---------------------------------------------------------------------

    @Test
    void recording_changing_and_removing_one_score_writes_only_that_row() {
        EvaluationRound stored = save(Shanghai2019DemoRound.build());
        EvaluationRound open = load(stored.id());
        open.reopen("补录评分");
        ScoreEntryTable.Changes reopening = saveCounting(open);
        long rows = scoreRows(stored.id());
        UnitId huangpu = Shanghai2019DemoRound.unitId("黄浦");
        IndicatorCode gk04 = IndicatorCode.of("GK04");

        ScoreEntryTable.Changes changed = edit(stored.id(), r -> r.recordScore(
                new ScoreEntry.Verified(huangpu, gk04, ScorerId.of("expert-02"), Points.of("11.5"))));
        ScoreEntryTable.Changes added = edit(stored.id(), r -> r.recordScore(
                new ScoreEntry.Verified(huangpu, gk04, ScorerId.of("expert-06"), Points.of("12"))));
        ScoreEntryTable.Changes removed = edit(stored.id(), r -> r.removeScore(huangpu, gk04, ScorerId.of("expert-01")));

        assertThat(reopening).isEqualTo(new ScoreEntryTable.Changes(0, 0, 0, 0));
        assertThat(changed).isEqualTo(new ScoreEntryTable.Changes(0, 1, 0, 1));
        assertThat(added).isEqualTo(new ScoreEntryTable.Changes(1, 0, 0, 1));
        assertThat(removed).isEqualTo(new ScoreEntryTable.Changes(0, 0, 1, 1));
        assertThat(scoreRows(stored.id())).isEqualTo(rows);
        EvaluationRound loaded = load(stored.id());
        assertThat(loaded.scores().verified(huangpu, gk04)).hasSize(5).contains(Points.of("11.5"), Points.of("12"));
        assertThat(loaded.version()).isEqualTo(5);
    }

    private ScoreEntryTable.Changes edit(RoundId id, Consumer<EvaluationRound> change) {
        EvaluationRound round = load(id);
        change.accept(round);
        EvaluationRound expected = round;
        ScoreEntryTable.Changes changes = saveCounting(round);
        assertThat(load(id).contents()).isEqualTo(expected.contents());
        return changes;
    }

    @Test
    void removing_the_only_score_of_a_unit_deletes_its_row_and_a_new_order_is_kept() {
        EvaluationRound draft = EvaluationRound.draft(EvaluationYear.of(2023), "小轮次");
        draft.defineScheme(Shanghai2019DemoRound.scheme());
        UnitId a = UnitId.newId();
        UnitId b = UnitId.newId();
        draft.addUnit(com.pingyi.evaluation.domain.unit.EvaluatedUnit.of(a, "甲局"));
        draft.addUnit(com.pingyi.evaluation.domain.unit.EvaluatedUnit.of(b, "乙局"));
        draft.open();
        IndicatorCode gk04 = IndicatorCode.of("GK04");
        draft.recordScore(new ScoreEntry.Verified(a, IndicatorCode.of("BS02"), ScorerId.of("reviewer-01"), Points.of("40")));
        for (String expert : List.of("e1", "e2", "e3")) {
            draft.recordScore(new ScoreEntry.Verified(b, gk04, ScorerId.of(expert), Points.of("10")));
        }
        EvaluationRound stored = save(draft);

        ScoreEntryTable.Changes emptied = edit(stored.id(),
                r -> r.removeScore(a, IndicatorCode.of("BS02"), ScorerId.of("reviewer-01")));
        // e1 removed and recorded again: it now comes last, and only its row moves
        ScoreEntryTable.Changes reordered = edit(stored.id(), r -> {
            r.removeScore(b, gk04, ScorerId.of("e1"));
            r.recordScore(new ScoreEntry.Verified(b, gk04, ScorerId.of("e1"), Points.of("10")));
        });

        assertThat(emptied).isEqualTo(new ScoreEntryTable.Changes(0, 0, 1, 0));
        assertThat(reordered).isEqualTo(new ScoreEntryTable.Changes(0, 1, 0, 1));
        EvaluationRound loaded = load(stored.id());
        assertThat(loaded.scores().verified(a, IndicatorCode.of("BS02"))).isEmpty();
        assertThat(loaded.contents().scores()).extracting(e -> ((ScoreEntry.Verified) e).scorer().value())
                .containsExactly("e2", "e3", "e1");
        assertThat(scoreRows(stored.id())).isEqualTo(3);
    }

    @Test
    void scores_for_units_without_rows_are_inserted_without_reading_them_and_rows_kept_without_a_digest_are_still_diffed() {
        EvaluationRound draft = EvaluationRound.draft(EvaluationYear.of(2024), "导入轮次");
        draft.defineScheme(Shanghai2019DemoRound.scheme());
        UnitId a = UnitId.newId();
        UnitId b = UnitId.newId();
        draft.addUnit(com.pingyi.evaluation.domain.unit.EvaluatedUnit.of(a, "甲局"));
        draft.addUnit(com.pingyi.evaluation.domain.unit.EvaluatedUnit.of(b, "乙局"));
        draft.open();
        EvaluationRound stored = save(draft);
        IndicatorCode bs02 = IndicatorCode.of("BS02");

        // an import into an empty round: every unit is new, none of them is read
        ScoreEntryTable.Changes imported = edit(stored.id(), r -> r.recordAll(List.of(
                new ScoreEntry.Verified(a, bs02, ScorerId.of("reviewer-01"), Points.of("40")),
                new ScoreEntry.Verified(b, bs02, ScorerId.of("reviewer-01"), Points.of("30")))));
        // rows stored before digests existed: the unit has rows but no digest, so it is read and diffed
        jdbc.update("delete from score_digest where round_id = ? and unit_id = ?", stored.id().value(), a.value());
        ScoreEntryTable.Changes legacy = edit(stored.id(), r -> r.recordScore(
                new ScoreEntry.Verified(a, bs02, ScorerId.of("reviewer-01"), Points.of("41"))));

        assertThat(imported).isEqualTo(new ScoreEntryTable.Changes(2, 0, 0, 0));
        assertThat(legacy).isEqualTo(new ScoreEntryTable.Changes(0, 1, 0, 1));
        assertThat(scoreRows(stored.id())).isEqualTo(2);
        assertThat(load(stored.id()).scores().verified(a, bs02)).containsExactly(Points.of("41"));
    }

    @Test
    void a_score_row_holds_typed_exact_columns() {
        EvaluationRound stored = save(Shanghai2019DemoRound.build());
        UnitId baoshan = Shanghai2019DemoRound.unitId("宝山");

        List<String> measured = jdbc.queryForList("select measured_value from score_entry where round_id = ? and unit_id = ? "
                + "and indicator_code = 'GK01'", String.class, stored.id().value(), baoshan.value());
        Long violations = jdbc.queryForObject("select count(*) from score_entry where round_id = ? and unit_id = ? "
                + "and entry_kind = 'VIOLATION'", Long.class, stored.id().value(), baoshan.value());

        assertThat(new java.math.BigDecimal(measured.getFirst())).isEqualByComparingTo("96.5");
        assertThat(violations).isEqualTo(2);
    }
}
