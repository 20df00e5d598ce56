package com.pingyi.evaluation.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.application.port.in.result.ExplainResult;
import com.pingyi.evaluation.application.port.in.result.ListMissingScores;
import com.pingyi.evaluation.application.port.in.result.ListPublications;
import com.pingyi.evaluation.application.port.in.result.ListResults;
import com.pingyi.evaluation.application.port.in.result.PreviewNotice;
import com.pingyi.evaluation.application.port.in.round.CloseRound;
import com.pingyi.evaluation.application.port.in.round.CreateRound;
import com.pingyi.evaluation.application.port.in.round.DefineScheme;
import com.pingyi.evaluation.application.port.in.round.EnrolUnit;
import com.pingyi.evaluation.application.port.in.round.ListRoundUnits;
import com.pingyi.evaluation.application.port.in.round.OpenRound;
import com.pingyi.evaluation.application.port.in.round.PublishCorrection;
import com.pingyi.evaluation.application.port.in.round.PublishRound;
import com.pingyi.evaluation.application.port.in.round.RecordScore;
import com.pingyi.evaluation.application.port.in.round.ReopenRound;
import com.pingyi.evaluation.application.port.in.round.RoundRef;
import com.pingyi.evaluation.application.readmodel.PublishedVersion;
import com.pingyi.evaluation.application.readmodel.RankedUnitView;
import com.pingyi.evaluation.application.readmodel.RoundState;
import com.pingyi.evaluation.application.readmodel.RoundUnitView;
import com.pingyi.evaluation.domain.demo.Shanghai2019DemoRound;
import com.pingyi.evaluation.domain.round.EvaluationYear;
import com.pingyi.evaluation.domain.round.MissingScoresException;
import com.pingyi.evaluation.domain.round.RoundStatus;
import com.pingyi.evaluation.domain.score.ScoreEntry;
import com.pingyi.evaluation.domain.shared.ConcurrentChangeException;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.shared.Points;
import com.pingyi.evaluation.domain.unit.EvaluatedUnit;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RoundLifecycleUseCasesTest {

    private final RoundFixture f = new RoundFixture();

    @Test
    void a_new_round_is_set_up_in_draft_and_opened() {
        RoundState created = f.services.createRound().createRound(new CreateRound(EvaluationYear.of(2020), "2020年度评议"));
        RoundState withScheme = f.services.defineScheme().defineScheme(
                new DefineScheme(new RoundRef(created.id(), created.version()), Shanghai2019DemoRound.scheme()));
        RoundState enrolled = f.services.enrolUnit().enrolUnit(
                new EnrolUnit(new RoundRef(created.id(), withScheme.version()), EvaluatedUnit.draft("黄浦区教育局")));
        RoundState opened = f.services.openRound().openRound(new OpenRound(new RoundRef(created.id(), enrolled.version())));

        assertThat(opened.status()).isEqualTo(RoundStatus.OPEN);
        assertThat(opened.version()).isGreaterThan(enrolled.version());
        assertThat(f.load(created.id()).units()).extracting(EvaluatedUnit::name).containsExactly("黄浦区教育局");
        assertThat(f.audit.records()).extracting(r -> r.useCase())
                .containsExactly("CreateRound", "DefineScheme", "EnrolUnit", "OpenRound");
        assertThat(f.audit.records().get(1).after()).contains("政府信息公开");
    }

    @Test
    void closing_is_refused_with_every_missing_score_and_nothing_changes() {
        RoundState created = f.services.createRound().createRound(new CreateRound(EvaluationYear.of(2020), "2020年度评议"));
        RoundRef ref = new RoundRef(created.id(), created.version());
        ref = new RoundRef(ref.id(), f.services.defineScheme().defineScheme(new DefineScheme(ref, Shanghai2019DemoRound.scheme())).version());
        ref = new RoundRef(ref.id(), f.services.enrolUnit().enrolUnit(new EnrolUnit(ref, EvaluatedUnit.draft("黄浦区教育局"))).version());
        ref = new RoundRef(ref.id(), f.services.openRound().openRound(new OpenRound(ref)).version());
        int auditedBefore = f.audit.records().size();
        RoundRef open = ref;

        assertThatThrownBy(() -> f.services.closeRound().closeRound(new CloseRound(open)))
                .isInstanceOfSatisfying(MissingScoresException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("round.close.scores-missing");
                    assertThat(e.missing()).isNotEmpty().allSatisfy(m -> assertThat(m.unitName()).isEqualTo("黄浦区教育局"));
                    assertThat(f.queries.listMissingScores().listMissingScores(new ListMissingScores(open.id(), PageRequest.first(500))).total())
                            .isEqualTo(e.missing().size());
                });
        assertThat(f.load(open.id()).status()).isEqualTo(RoundStatus.OPEN);
        assertThat(f.audit.records()).hasSize(auditedBefore);
        assertThat(f.results.has(open.id())).isFalse();
    }

    @Test
    void a_closed_round_serves_its_stored_results_and_publishes_the_seed_notice() {
        RoundRef ref = f.store(Shanghai2019DemoRound.build());
        RoundState reopened = f.services.reopenRound().reopenRound(new ReopenRound(ref, "复核宝山区材料"));
        RoundState closed = f.services.closeRound().closeRound(new CloseRound(new RoundRef(ref.id(), reopened.version())));

        var page = f.queries.listResults().listResults(new ListResults(ref.id(), PageRequest.first(3)));
        assertThat(page.total()).isEqualTo(16);
        assertThat(page.items()).extracting(RankedUnitView::unitName).containsExactly("黄浦区教育局", "杨浦区教育局", "闵行区教育局");
        assertThat(page.items()).extracting(RankedUnitView::band).containsOnly("优秀");

        var why = f.queries.explainResult().explainResult(new ExplainResult(ref.id(), Shanghai2019DemoRound.unitId("宝山")));
        assertThat(why.band()).isEqualTo("不合格");
        assertThat(why.steps()).hasSize(8);

        RoundState published = f.services.publishRound().publishRound(
                new PublishRound(new RoundRef(ref.id(), closed.version()), Shanghai2019DemoRound.NOTICE_DATE));
        assertThat(published.status()).isEqualTo(RoundStatus.PUBLISHED);
        var notice = f.queries.previewNotice().previewNotice(new PreviewNotice(ref.id(), LocalDate.of(2030, 1, 1)));
        assertThat(notice.dateText()).isEqualTo("2020年4月16日");
        assertThat(f.audit.records()).extracting(r -> r.useCase()).containsExactly("ReopenRound", "CloseRound", "PublishRound");
    }

    @Test
    void every_published_version_stays_readable_with_its_own_notice() {
        RoundRef ref = f.store(Shanghai2019DemoRound.published());
        assertThat(f.queries.listPublications().listPublications(new ListPublications(ref.id())))
                .extracting(PublishedVersion::version).containsExactly(1);
        var round = f.load(ref.id());
        var someScore = round.scores().entries().stream()
                .filter(e -> e instanceof ScoreEntry.Verified).map(e -> (ScoreEntry.Verified) e).findFirst().orElseThrow();
        ScoreEntry corrected = new ScoreEntry.Verified(someScore.unit(), someScore.indicator(), someScore.scorer(),
                someScore.points().value().signum() == 0 ? Points.of(1) : Points.of(0));

        f.services.publishCorrection().publishCorrection(new PublishCorrection(ref, "更正录入错误", LocalDate.of(2020, 4, 23),
                java.util.List.of(corrected)));

        var versions = f.queries.listPublications().listPublications(new ListPublications(ref.id()));
        assertThat(versions).extracting(PublishedVersion::version).containsExactly(1, 2);
        assertThat(versions.get(1).correctionReason()).isEqualTo("更正录入错误");
        assertThat(versions.get(1).correctedScores()).isEqualTo(1);
        assertThat(versions.get(1).publishedOn()).isEqualTo(LocalDate.of(2020, 4, 23));
        var first = f.queries.previewNotice().previewNotice(new PreviewNotice(ref.id(), LocalDate.of(2030, 1, 1), 1));
        var latest = f.queries.previewNotice().previewNotice(new PreviewNotice(ref.id(), LocalDate.of(2030, 1, 1)));
        assertThat(first.dateText()).isEqualTo("2020年4月16日");
        assertThat(latest.dateText()).isEqualTo("2020年4月23日");
        assertThatThrownBy(() -> f.queries.previewNotice().previewNotice(new PreviewNotice(ref.id(), LocalDate.of(2030, 1, 1), 3)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("notice.version-unknown"));
    }

    @Test
    void lists_the_units_of_a_round_in_registry_order_with_each_withdrawal_and_its_reason() {
        RoundRef ref = f.store(Shanghai2019DemoRound.build());
        f.services.withdrawUnit().withdrawUnit(new com.pingyi.evaluation.application.port.in.round.WithdrawUnit(
                ref, Shanghai2019DemoRound.unitId("宝山"), "机构调整", LocalDate.of(2020, 3, 1)));

        var first = f.services.listRoundUnits().listRoundUnits(new ListRoundUnits(ref.id(), null, new PageRequest(0, 5)));
        var baoshan = f.services.listRoundUnits().listRoundUnits(new ListRoundUnits(ref.id(), " 宝山 ", PageRequest.first(5)));
        var past = f.services.listRoundUnits().listRoundUnits(new ListRoundUnits(ref.id(), null, new PageRequest(15, 5)));

        assertThat(first.total()).isEqualTo(16);
        assertThat(first.items()).extracting(RoundUnitView::name).first().isEqualTo("黄浦区教育局");
        assertThat(first.items()).extracting(RoundUnitView::position).containsExactly(1, 2, 3, 4, 5);
        assertThat(first.items()).noneMatch(RoundUnitView::withdrawn);
        assertThat(baoshan.items()).singleElement().satisfies(u -> {
            assertThat(u.withdrawn()).isTrue();
            assertThat(u.withdrawalReason()).isEqualTo("机构调整");
            assertThat(u.withdrawnOn()).isEqualTo(LocalDate.of(2020, 3, 1));
        });
        assertThat(past.items()).hasSize(1);
    }

    @Test
    void reopening_withdraws_the_results_snapshot_until_the_round_closes_again() {
        RoundRef ref = f.store(Shanghai2019DemoRound.build());
        f.services.reopenRound().reopenRound(new ReopenRound(ref, "复核"));

        assertThat(f.results.has(ref.id())).isFalse();
        var live = f.queries.listResults().listResults(new ListResults(ref.id(), PageRequest.first(50)));
        assertThat(live.total()).isEqualTo(16);
    }

    @Test
    void a_score_out_of_range_is_refused_by_name_and_nothing_is_written() {
        RoundRef ref = f.store(Shanghai2019DemoRound.build());
        RoundRef open = new RoundRef(ref.id(), f.services.reopenRound().reopenRound(new ReopenRound(ref, "补录")).version());
        ScoreEntry.Verified some = f.load(ref.id()).scores().entries().stream()
                .filter(ScoreEntry.Verified.class::isInstance).map(ScoreEntry.Verified.class::cast).findFirst().orElseThrow();
        var tooMany = new ScoreEntry.Verified(some.unit(), some.indicator(), some.scorer(), Points.of(100_000));

        assertThatThrownBy(() -> f.services.recordScore().recordScore(new RecordScore(open, tooMany)))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).messageKey()).startsWith("score."));
        assertThat(f.load(ref.id()).scores().verified(some.unit(), some.indicator())).contains(some.points());
        assertThat(f.audit.records()).extracting(r -> r.useCase()).containsExactly("ReopenRound");
    }

    @Test
    void a_command_on_a_version_the_user_has_not_seen_is_a_conflict() {
        RoundRef ref = f.store(Shanghai2019DemoRound.build());
        f.services.reopenRound().reopenRound(new ReopenRound(ref, "甲先复核"));

        assertThatThrownBy(() -> f.services.reopenRound().reopenRound(new ReopenRound(ref, "乙也复核")))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(f.audit.records()).hasSize(1);
    }
}
