package com.pingyi.evaluation.persistence.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.application.port.in.round.RoundFilter;
import com.pingyi.evaluation.application.readmodel.RoundSummary;
import com.pingyi.evaluation.domain.demo.Shanghai2019DemoRound;
import com.pingyi.evaluation.domain.result.RoundResults;
import com.pingyi.evaluation.domain.result.UnitResult;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.round.EvaluationYear;
import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.round.RoundStatus;
import com.pingyi.evaluation.domain.scheme.IndicatorCode;
import com.pingyi.evaluation.domain.score.Assignment;
import com.pingyi.evaluation.domain.score.ScoreEntry;
import com.pingyi.evaluation.domain.score.Scorer;
import com.pingyi.evaluation.domain.score.ScorerId;
import com.pingyi.evaluation.domain.shared.ConcurrentChangeException;
import com.pingyi.evaluation.domain.shared.Points;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** What the round adapter must do on every database it supports. */
abstract class RoundAdapterContract {

    @Autowired
    RoundPersistenceAdapter adapter;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    EvaluationRound save(EvaluationRound round) {
        return transactions.execute(tx -> adapter.saveRound(round));
    }

    EvaluationRound load(RoundId id) {
        return transactions.execute(tx -> adapter.loadRound(id)).orElseThrow();
    }

    ScoreEntryTable.Changes saveCounting(EvaluationRound round) {
        return transactions.execute(tx -> adapter.save(round).scoreChanges());
    }

    long scoreRows(RoundId round) {
        return jdbc.queryForObject("select count(*) from score_entry where round_id = ?", Long.class, round.value());
    }

    // ---- the rounds list ---------------------------------------------------------------------------

    @Test
    void stores_a_draft_and_lists_it() {
        EvaluationRound draft = EvaluationRound.draft(EvaluationYear.of(2019), "2019年度上海市各区教育局政务公开评议");

        EvaluationRound stored = save(draft);
        var page = transactions.execute(tx -> adapter.loadRoundSummaries(RoundFilter.ALL, new PageRequest(0, 50)));

        assertThat(stored.id()).isEqualTo(draft.id());
        assertThat(stored.version()).isEqualTo(1);
        assertThat(page.items()).anySatisfy(round -> {
            assertThat(round.id()).isEqualTo(draft.id());
            assertThat(round.year()).isEqualTo(draft.year().value());
            assertThat(round.title()).isEqualTo(draft.title());
            assertThat(round.status()).isEqualTo(RoundStatus.DRAFT);
        });
        assertThat(load(draft.id()).contents()).isEqualTo(draft.contents());
    }

    @Test
    void pages_rounds_newest_year_first_at_any_offset() {
        transactions.executeWithoutResult(tx -> {
            for (int year = 2010; year <= 2016; year++) {
                adapter.saveRound(EvaluationRound.draft(EvaluationYear.of(year), "页测试 " + year));
            }
        });
        long total = transactions.execute(tx -> adapter.countRounds());

        var page = transactions.execute(tx -> adapter.loadRoundSummaries(RoundFilter.ALL, new PageRequest(1, 3)));

        assertThat(page.total()).isEqualTo(total);
        assertThat(page.items()).hasSize(3);
        assertThat(page.items()).extracting(r -> r.year()).isSortedAccordingTo((a, b) -> b - a);
    }

    @Test
    void filters_the_list_by_year_by_status_and_by_both() {
        EvaluationRound draft2091 = EvaluationRound.draft(EvaluationYear.of(2091), "筛选测试 草稿");
        transactions.executeWithoutResult(tx -> {
            adapter.saveRound(draft2091);
            adapter.saveRound(EvaluationRound.draft(EvaluationYear.of(2092), "筛选测试 2092"));
        });

        var of2091 = transactions.execute(tx -> adapter.loadRoundSummaries(new RoundFilter(2091, null), new PageRequest(0, 50)));
        var drafts2091 = transactions.execute(tx -> adapter.loadRoundSummaries(new RoundFilter(2091, RoundStatus.DRAFT), new PageRequest(0, 50)));
        var published2091Rounds = transactions.execute(tx -> adapter.loadRoundSummaries(new RoundFilter(2091, RoundStatus.PUBLISHED), new PageRequest(0, 50)));
        var drafts = transactions.execute(tx -> adapter.loadRoundSummaries(new RoundFilter(null, RoundStatus.DRAFT), new PageRequest(0, 500)));

        assertThat(of2091.items()).extracting(RoundSummary::year).containsOnly(2091);
        assertThat(of2091.items()).extracting(RoundSummary::id).contains(draft2091.id());
        assertThat(of2091.total()).isEqualTo(of2091.items().size());
        assertThat(drafts2091.items()).extracting(RoundSummary::id).contains(draft2091.id());
        assertThat(drafts2091.items()).extracting(RoundSummary::status).containsOnly(RoundStatus.DRAFT);
        assertThat(published2091Rounds.items()).extracting(RoundSummary::id).doesNotContain(draft2091.id());
        assertThat(drafts.items()).extracting(RoundSummary::status).containsOnly(RoundStatus.DRAFT);
        assertThat(drafts.items()).extracting(RoundSummary::year).contains(2091, 2092).isSortedAccordingTo((a, b) -> b - a);
    }

    @Test
    void reads_a_rounds_heading_and_current_version_without_its_contents() {
        EvaluationRound stored = save(Shanghai2019DemoRound.build());

        var header = transactions.execute(tx -> adapter.loadRoundHeader(stored.id())).orElseThrow();
        var nothing = transactions.execute(tx -> adapter.loadRoundHeader(RoundId.newId()));

        assertThat(header.id()).isEqualTo(stored.id());
        assertThat(header.year()).isEqualTo(2019);
        assertThat(header.title()).isEqualTo(stored.title());
        assertThat(header.status()).isEqualTo(RoundStatus.CLOSED);
        assertThat(header.version()).isEqualTo(stored.version());
        assertThat(nothing).isEmpty();
    }

    @Test
    void an_unknown_round_is_not_found() {
        java.util.Optional<EvaluationRound> nothing = transactions.execute(tx -> adapter.loadRound(RoundId.newId()));
        assertThat(nothing).isEmpty();
    }

    // ---- whole rounds ---------------------------------------------------------------------------------

    @Test
    void the_published_demo_round_comes_back_equal() {
        roundTrip(Shanghai2019DemoRound.published());
    }

    @Test
    void the_closed_demo_round_comes_back_equal() {
        roundTrip(Shanghai2019DemoRound.build());
    }

    private void roundTrip(EvaluationRound original) {
        EvaluationRound saved = save(original);
        EvaluationRound loaded = load(original.id());

        assertThat(saved.version()).isEqualTo(1);
        assertThat(loaded.version()).isEqualTo(1);
        assertThat(loaded.title()).isEqualTo(original.title());
        assertThat(loaded.year()).isEqualTo(original.year());
        assertThat(loaded.status()).isEqualTo(original.status());
        assertThat(loaded.contents()).usingRecursiveComparison().isEqualTo(original.contents());
        assertThat(loaded.contents()).isEqualTo(original.contents());
        assertSameResults(loaded.results(), original.results());
        assertThat(loaded.previewNotice(Shanghai2019DemoRound.NOTICE_DATE))
                .isEqualTo(original.previewNotice(Shanghai2019DemoRound.NOTICE_DATE));
        assertThat(loaded.publications()).isEqualTo(original.publications());
    }

    @Test
    void everything_a_round_holds_comes_back_equal_corrections_rectifications_scorers_withdrawals_and_a_clone() {
        EvaluationRound published = Shanghai2019DemoRound.published();
        UnitId baoshan = Shanghai2019DemoRound.unitId("宝山");
        var problem = published.findings().stream()
                .filter(f -> f.aboutUnit().isPresent() && f.aboutUnit().get().equals(baoshan)).findFirst().orElseThrow();
        var item = published.raiseRectification(problem.id(), "整改公开属性认定", java.time.LocalDate.of(2020, 9, 30));
        published.publishCorrection("更正宝山区教育局评分", java.time.LocalDate.of(2020, 5, 8), List.of(
                new ScoreEntry.Verified(baoshan, IndicatorCode.of("BS02"), ScorerId.of("reviewer-01"), Points.of("31.5"))));

        EvaluationRound next = published.cloneFor(EvaluationYear.of(2020), "2020年度上海市各区教育局政务公开评议");
        next.defineDisplayPrecision(3);
        next.defineSpreadLimit(Points.of("7.5"));
        next.defineScale(com.pingyi.evaluation.domain.grade.GradeScale.of(
                com.pingyi.evaluation.domain.grade.GradeBand.closed("优秀", "89.5", "100", true),
                com.pingyi.evaluation.domain.grade.GradeBand.halfOpen("合格", "60.00", "89.5", true),
                com.pingyi.evaluation.domain.grade.GradeBand.halfOpen("不合格", "0", "60.00", false)));
        UnitId merged = UnitId.newId();
        next.addUnit(com.pingyi.evaluation.domain.unit.EvaluatedUnit.of(merged, "新区教育局")
                .succeeding(Shanghai2019DemoRound.unitId("崇明"), Shanghai2019DemoRound.unitId("奉贤")));
        next.registerScorer(com.pingyi.evaluation.domain.score.Scorer.expert(ScorerId.of("expert-01"), "李专家",
                Shanghai2019DemoRound.unitId("黄浦")));
        next.registerScorer(com.pingyi.evaluation.domain.score.Scorer.expert(ScorerId.of("expert-02"), "王专家").assigned(java.util.Set.of(
                new Assignment(baoshan, Shanghai2019DemoRound.D_WEBSITE), new Assignment(merged, Shanghai2019DemoRound.D_WEBSITE))));
        next.registerScorer(com.pingyi.evaluation.domain.score.Scorer.unitContact(ScorerId.of("contact-宝山"), "宝山联系人", baoshan));
        next.withdrawUnit(Shanghai2019DemoRound.unitId("崇明"), "并入新区", java.time.LocalDate.of(2020, 1, 1));
        next.checkCarriedRectification(item.id(), "已复核，完成整改");
        next.defineNotice(Shanghai2019DemoRound.noticeSettings());
        next.open();
        next.amendScale(next.scale(), "档次说明更正");
        next.recordScore(new ScoreEntry.Measured(baoshan, IndicatorCode.of("GK01"),
                com.pingyi.evaluation.domain.scheme.MeasuredValue.quantity("98.50")));
        next.recordScore(new ScoreEntry.NotApplicable(merged, IndicatorCode.of("BS01"), "新设单位无办事事项"));
        next.recordScore(new ScoreEntry.VetoOutcome(merged, IndicatorCode.of("FJ01"), false, "发布泄密信息"));

        save(published);
        save(next);
        EvaluationRound loadedPublished = load(published.id());
        EvaluationRound loadedNext = load(next.id());

        assertThat(loadedPublished.contents()).isEqualTo(published.contents());
        assertThat(loadedPublished.publications()).hasSize(2);
        assertThat(loadedPublished.publication(2).corrections()).isEqualTo(published.publication(2).corrections());
        assertThat(loadedPublished.rectifications()).containsExactly(item);
        assertThat(loadedNext.contents()).usingRecursiveComparison().isEqualTo(next.contents());
        assertThat(loadedNext.contents()).isEqualTo(next.contents());
        assertThat(loadedNext.clonedFrom()).contains(published.id());
        assertThat(loadedNext.displayPrecision()).isEqualTo(3);
        assertThat(loadedNext.spreadLimit()).isEqualTo(Points.of("7.5"));
        assertThat(loadedNext.carriedRectifications()).singleElement()
                .satisfies(r -> assertThat(r.checkNote()).isEqualTo("已复核，完成整改"));
        assertThat(loadedNext.scores().measured(baoshan, IndicatorCode.of("GK01")))
                .contains(com.pingyi.evaluation.domain.scheme.MeasuredValue.quantity("98.50"));
        assertThat(loadedNext.scale().bands().getFirst().lower()).isEqualTo(new java.math.BigDecimal("89.5"));
    }

    @Test
    void an_experts_pairs_come_back_equal_and_a_change_to_one_expert_writes_only_that_expert() {
        EvaluationRound round = Shanghai2019DemoRound.build();
        round.reopen("补登专家");
        UnitId huangpu = Shanghai2019DemoRound.unitId("黄浦");
        UnitId baoshan = Shanghai2019DemoRound.unitId("宝山");
        var website = Shanghai2019DemoRound.D_WEBSITE;
        round.registerScorer(Scorer.expert(ScorerId.of("panel-01"), "李专家", huangpu).assigned(round.units().stream()
                .filter(u -> !u.id().equals(huangpu)).map(u -> new Assignment(u.id(), website)).collect(java.util.stream.Collectors.toSet())));
        round.registerScorer(Scorer.expert(ScorerId.of("panel-02"), "王专家").assigned(java.util.Set.of(new Assignment(baoshan, website))));
        round.registerScorer(Scorer.unitContact(ScorerId.of("contact-宝山"), "宝山联系人", baoshan));
        RoundId id = save(round).id();
        assertThat(load(id).scorers()).containsExactlyElementsOf(round.scorers());
        assertThat(pairRows(id, "panel-01")).isEqualTo(15);

        EvaluationRound changed = load(id);
        changed.assignScorer(ScorerId.of("panel-02"), java.util.Set.of(new Assignment(huangpu, website), new Assignment(baoshan, website)));
        changed.removeScorer(ScorerId.of("contact-宝山"));
        changed.registerScorer(Scorer.expert(ScorerId.of("panel-03"), "赵专家", baoshan));
        save(changed);

        assertThat(load(id).scorers()).containsExactlyElementsOf(changed.scorers());
        assertThat(pairRows(id, "panel-02")).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from round_scorer where round_id = ? and scorer_id = ?", Long.class,
                id.value(), "contact-宝山")).isZero();

        // A row of panel-01 taken away behind the adapter's back stays away: saving a change to others leaves panel-01 alone.
        jdbc.update("delete from round_scorer_pair where round_id = ? and scorer_id = ? and unit_id = ?", id.value(), "panel-01",
                baoshan.value());
        EvaluationRound again = load(id);
        again.removeScorer(ScorerId.of("panel-02"));
        again.registerScorer(Scorer.expert(ScorerId.of("panel-04"), "钱专家"));
        save(again);
        assertThat(pairRows(id, "panel-01")).isEqualTo(14);
        // New registrations go after the others, whatever gaps removals left in the stored positions.
        assertThat(load(id).scorers()).extracting(s -> s.id().value()).containsExactly("panel-01", "panel-03", "panel-04");
        assertThat(load(id).scorers()).containsExactlyElementsOf(again.scorers());
    }

    private long pairRows(RoundId round, String scorer) {
        return jdbc.queryForObject("select count(*) from round_scorer_pair where round_id = ? and scorer_id = ?", Long.class,
                round.value(), scorer);
    }

    private static void assertSameResults(RoundResults loaded, RoundResults original) {
        assertThat(loaded.ranked()).hasSameSizeAs(original.ranked());
        for (UnitResult expected : original.ranked()) {
            UnitResult actual = loaded.of(expected.unitId());
            assertThat(actual.rate()).isEqualTo(expected.rate());
            assertThat(actual.band()).isEqualTo(expected.band());
            assertThat(actual.rank()).isEqualTo(expected.rank());
            assertThat(actual.vetoed()).isEqualTo(expected.vetoed());
        }
    }

    @Test
    void a_saved_round_saves_again_from_its_returned_copy_and_keeps_everything() {
        EvaluationRound first = save(Shanghai2019DemoRound.build());
        EvaluationRound reopened = load(first.id());
        reopened.reopen("复核宝山区教育局的评分");
        reopened.withdrawUnit(Shanghai2019DemoRound.unitId("崇明"), "区划调整", Shanghai2019DemoRound.NOTICE_DATE);

        EvaluationRound second = save(reopened);
        EvaluationRound loaded = load(first.id());

        assertThat(second.version()).isEqualTo(2);
        assertThat(loaded.version()).isEqualTo(2);
        assertThat(loaded.status()).isEqualTo(RoundStatus.OPEN);
        assertThat(loaded.contents()).isEqualTo(reopened.contents());
    }

    // ---- optimistic locking ------------------------------------------------------------------------------

    @Test
    void refuses_a_save_from_a_stale_copy_and_keeps_the_first_change() {
        EvaluationRound stored = save(Shanghai2019DemoRound.build());
        EvaluationRound alice = load(stored.id());
        EvaluationRound bob = load(stored.id());
        UnitId huangpu = Shanghai2019DemoRound.unitId("黄浦");
        alice.reopen("甲复核");
        alice.recordScore(new ScoreEntry.Verified(huangpu, IndicatorCode.of("BS02"), ScorerId.of("reviewer-01"), Points.of("33")));
        alice.rename("甲的名称");
        bob.rename("乙的名称");

        save(alice);

        assertThatThrownBy(() -> save(bob)).isInstanceOf(ConcurrentChangeException.class);
        EvaluationRound loaded = load(stored.id());
        assertThat(loaded.title()).isEqualTo("甲的名称");
        assertThat(loaded.version()).isEqualTo(2);
        assertThat(loaded.status()).isEqualTo(RoundStatus.OPEN);
        assertThat(loaded.scores().verified(huangpu, IndicatorCode.of("BS02"))).containsExactly(Points.of("33"));
        assertThat(loaded.contents()).isEqualTo(alice.contents());
        var page = transactions.execute(tx -> adapter.loadRoundSummaries(RoundFilter.ALL, new PageRequest(0, 500)));
        assertThat(page.items()).filteredOn(r -> r.id().equals(stored.id()))
                .singleElement().extracting(RoundSummary::title).isEqualTo("甲的名称");
    }

    @Test
    void of_two_saves_racing_on_one_round_the_later_gets_the_conflict_and_the_earlier_is_kept() throws Exception {
        EvaluationRound stored = save(Shanghai2019DemoRound.build());
        EvaluationRound alice = load(stored.id());
        EvaluationRound bob = load(stored.id());
        alice.rename("甲先保存");
        bob.rename("乙后保存");
        var aliceSaved = new java.util.concurrent.CountDownLatch(1);
        var release = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            // alice's save holds the round (its transaction is open) while bob's save starts
            var first = pool.submit(() -> transactions.executeWithoutResult(tx -> {
                adapter.saveRound(alice);
                aliceSaved.countDown();
                awaitQuietly(release);
            }));
            aliceSaved.await();
            var second = pool.submit(() -> transactions.execute(tx -> adapter.saveRound(bob)));
            Thread.sleep(1_500); // long enough for H2 to give up waiting for the lock (1 s); either way bob loses
            release.countDown();

            first.get();
            assertThatThrownBy(second::get).hasCauseInstanceOf(ConcurrentChangeException.class);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
        EvaluationRound loaded = load(stored.id());
        assertThat(loaded.title()).isEqualTo("甲先保存");
        assertThat(loaded.version()).isEqualTo(2);
    }

    private static void awaitQuietly(java.util.concurrent.CountDownLatch latch) {
        try {
            latch.await(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void refuses_to_save_outside_a_transaction_and_writes_nothing() {
        EvaluationRound round = EvaluationRound.draft(EvaluationYear.of(2024), "无事务");

        assertThatThrownBy(() -> adapter.saveRound(round)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("transaction");
        java.util.Optional<EvaluationRound> nothing = transactions.execute(tx -> adapter.loadRound(round.id()));
        assertThat(nothing).isEmpty();
    }

    @Test
    void refuses_a_new_round_whose_id_is_already_stored() {
        EvaluationRound round = EvaluationRound.draft(EvaluationYear.of(2022), "重复");
        save(round);

        assertThatThrownBy(() -> save(round)).isInstanceOf(ConcurrentChangeException.class);
    }
}
