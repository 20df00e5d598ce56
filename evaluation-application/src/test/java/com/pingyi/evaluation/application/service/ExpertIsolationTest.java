package com.pingyi.evaluation.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pingyi.evaluation.application.fakes.FakeCaller;
import com.pingyi.evaluation.application.fakes.InMemoryAccounts;
import com.pingyi.evaluation.application.fakes.InMemoryAudit;
import com.pingyi.evaluation.application.fakes.InMemoryResults;
import com.pingyi.evaluation.application.fakes.InMemoryRounds;
import com.pingyi.evaluation.application.port.in.expert.AssignExpert;
import com.pingyi.evaluation.application.port.in.round.GetUnitSheet;
import com.pingyi.evaluation.application.port.in.round.RecordScore;
import com.pingyi.evaluation.application.port.in.round.RecordScores;
import com.pingyi.evaluation.application.port.in.round.RegisterScorer;
import com.pingyi.evaluation.application.port.in.round.RemoveScore;
import com.pingyi.evaluation.application.port.in.round.RoundRef;
import com.pingyi.evaluation.application.readmodel.RoundState;
import com.pingyi.evaluation.application.readmodel.UnitScoreSheet;
import com.pingyi.evaluation.application.service.access.Access;
import com.pingyi.evaluation.application.service.access.ScoreAccess;
import com.pingyi.evaluation.application.service.access.Viewer;
import com.pingyi.evaluation.application.service.round.ExpertServices;
import com.pingyi.evaluation.application.service.round.RoundServices;
import com.pingyi.evaluation.domain.demo.Shanghai2019DemoRound;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.round.EvaluationYear;
import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.scheme.IndicatorCode;
import com.pingyi.evaluation.domain.score.Assignment;
import com.pingyi.evaluation.domain.score.ScoreEntry;
import com.pingyi.evaluation.domain.score.Scorer;
import com.pingyi.evaluation.domain.score.ScorerId;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.shared.Points;
import com.pingyi.evaluation.domain.unit.EvaluatedUnit;
import com.pingyi.evaluation.domain.unit.UnitId;
import com.pingyi.evaluation.domain.user.Role;
import com.pingyi.evaluation.domain.user.UserAccount;
import com.pingyi.evaluation.domain.user.Username;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An expert reads and writes only the pairs assigned to them, never a unit their account is affiliated
 * with, and sees only their own scores until the round closes; a unit contact only their unit's
 * self-inspection. Through every use case that touches scores (the others refuse these roles outright,
 * which the authorisation matrix proves).
 */
class ExpertIsolationTest {

    private static final IndicatorCode GK05 = IndicatorCode.of("GK05");
    private static final IndicatorCode GK06 = IndicatorCode.of("GK06");
    private static final IndicatorCode BS01 = IndicatorCode.of("BS01");

    private final InMemoryRounds rounds = new InMemoryRounds();
    private final InMemoryAccounts accounts = new InMemoryAccounts();
    private final InMemoryAudit audit = new InMemoryAudit();
    private final FakeCaller caller = new FakeCaller();
    private final Access access = new Access(caller, accounts);
    private final RoundServices services = new RoundServices(rounds, rounds, new InMemoryResults(), audit.trail(), access);
    private final ExpertServices experts = new ExpertServices(rounds, rounds, audit.trail(), access);
    private final EvaluatedUnit huangpu = EvaluatedUnit.draft("黄浦区教育局");
    private final EvaluatedUnit xuhui = EvaluatedUnit.draft("徐汇区教育局");
    private final EvaluatedUnit changning = EvaluatedUnit.draft("长宁区教育局");
    private RoundId round;

    @BeforeEach
    void aRoundWithTwoExpertsAndAContact() {
        EvaluationRound draft = EvaluationRound.draft(EvaluationYear.of(2020), "2020年度评议");
        draft.defineScheme(Shanghai2019DemoRound.scheme());
        List.of(huangpu, xuhui, changning).forEach(draft::addUnit);
        round = rounds.saveRound(draft).id();
        // The account says expert.li is affiliated with 长宁: the round learns it when he is registered.
        accounts.saveUserAccount(UserAccount.create(Username.of("expert.li"), "李专家", "{test}x", Set.of(Role.EXPERT), null,
                Set.of(changning.id())));
        accounts.saveUserAccount(UserAccount.create(Username.of("expert.wang"), "王专家", "{test}x", Set.of(Role.EXPERT), null, Set.of()));
        accounts.saveUserAccount(UserAccount.create(Username.of("huangpu"), "黄浦联络员", "{test}x", Set.of(Role.UNIT_CONTACT),
                huangpu.id(), Set.of()));
        caller.actAs("admin", Role.ADMIN);
        services.registerScorer().registerScorer(new RegisterScorer(ref(), Scorer.expert(ScorerId.of("expert.li"), "李专家")));
        services.registerScorer().registerScorer(new RegisterScorer(ref(), Scorer.expert(ScorerId.of("expert.wang"), "王专家")));
        services.registerScorer().registerScorer(new RegisterScorer(ref(), Scorer.unitContact(ScorerId.of("huangpu"), "黄浦联络员", huangpu.id())));
        experts.assignExpert().assignExpert(new AssignExpert(ref(), ScorerId.of("expert.li"),
                Set.of(new Assignment(huangpu.id(), Shanghai2019DemoRound.D_DISCLOSURE))));
        experts.assignExpert().assignExpert(new AssignExpert(ref(), ScorerId.of("expert.wang"), Set.of(
                new Assignment(huangpu.id(), Shanghai2019DemoRound.D_DISCLOSURE), new Assignment(xuhui.id(), Shanghai2019DemoRound.D_DISCLOSURE),
                new Assignment(changning.id(), Shanghai2019DemoRound.D_DISCLOSURE))));
        services.openRound().openRound(new com.pingyi.evaluation.application.port.in.round.OpenRound(ref()));
        caller.actAs("expert.wang", Role.EXPERT);
        services.recordScore().recordScore(new RecordScore(ref(), verified(huangpu, GK05, "expert.wang", 20)));
        services.recordScore().recordScore(new RecordScore(ref(), verified(changning, GK05, "expert.wang", 21)));
    }

    @Test
    void the_account_s_affiliation_reached_the_round_and_an_affiliated_pair_cannot_be_assigned() {
        assertThat(rounds.loadRound(round).orElseThrow().scorers()).filteredOn(s -> s.id().value().equals("expert.li"))
                .singleElement().satisfies(s -> assertThat(s.affiliations()).containsExactly(changning.id()));
        caller.actAs("admin", Role.ADMIN);
        assertThatThrownBy(() -> experts.assignExpert().assignExpert(new AssignExpert(ref(), ScorerId.of("expert.li"),
                Set.of(new Assignment(changning.id(), Shanghai2019DemoRound.D_DISCLOSURE))))).isInstanceOf(DomainException.class);
    }

    @Test
    void an_expert_writes_their_own_score_on_an_assigned_pair() {
        caller.actAs("expert.li", Role.EXPERT);
        RoundState after = services.recordScore().recordScore(new RecordScore(ref(), verified(huangpu, GK05, "expert.li", 25)));
        assertThat(after.version()).isGreaterThan(0);
        services.removeScore().removeScore(new RemoveScore(ref(), huangpu.id(), GK05, ScorerId.of("expert.li")));
    }

    @Test
    void an_expert_cannot_write_a_unit_not_assigned_an_affiliated_unit_another_dimension_or_another_scorer_s_score() {
        caller.actAs("expert.li", Role.EXPERT);
        int auditBefore = audit.records().size();

        refused(() -> record(verified(xuhui, GK05, "expert.li", 10)), "access.expert-not-assigned");
        refused(() -> record(verified(changning, GK05, "expert.li", 10)), "access.expert-affiliated");
        refused(() -> record(verified(huangpu, BS01, "expert.li", 10)), "access.expert-not-assigned");
        refused(() -> record(verified(huangpu, GK05, "expert.wang", 1)), "access.expert-own-scores-only");
        refused(() -> record(new ScoreEntry.SelfInspected(huangpu.id(), GK05, Points.of(1))), "access.expert-own-scores-only");
        refused(() -> record(new ScoreEntry.NotApplicable(huangpu.id(), GK05, "无")), "access.expert-own-scores-only");
        refused(() -> services.recordScores().recordScores(new RecordScores(ref(), List.of(verified(huangpu, GK05, "expert.li", 1),
                verified(xuhui, GK05, "expert.li", 1)))), "access.expert-not-assigned");
        refused(() -> services.removeScore().removeScore(new RemoveScore(ref(), huangpu.id(), GK05, ScorerId.of("expert.wang"))),
                "access.expert-own-scores-only");

        assertThat(audit.records()).hasSize(auditBefore);
        assertThat(rounds.loadRound(round).orElseThrow().scores().verified(huangpu.id(), GK05)).hasSize(1);
    }

    @Test
    void an_expert_reads_only_their_pairs_and_only_their_own_scores_until_the_round_closes() {
        caller.actAs("expert.li", Role.EXPERT);

        refused(() -> services.getUnitSheet().getUnitSheet(new GetUnitSheet(round, xuhui.id())), "access.unit-not-yours");
        refused(() -> services.getUnitSheet().getUnitSheet(new GetUnitSheet(round, changning.id())), "access.unit-not-yours");
        UnitScoreSheet sheet = services.getUnitSheet().getUnitSheet(GetUnitSheet.firstUnit(round));

        assertThat(sheet.units()).extracting(UnitScoreSheet.RoundUnit::name).containsExactly("黄浦区教育局");
        assertThat(sheet.scorers()).extracting(ScorerId::value).containsExactly("expert.li");
        // Only what scorers score, in the assigned dimension: GK04, GK05, GK06.
        assertThat(sheet.lines()).extracting(l -> l.code().value()).containsExactly("GK04", "GK05", "GK06");
        assertThat(sheet.line(GK05).orElseThrow().verified()).isEmpty();
        assertThat(sheet.line(GK05).orElseThrow().scoreOfRecord()).isNull();
    }

    @Test
    void while_open_an_expert_sees_only_their_own_scores_of_a_pair_others_score_too_and_after_closing_all_of_them() {
        caller.actAs("expert.li", Role.EXPERT);
        record(verified(huangpu, GK05, "expert.li", 22));
        caller.actAs("expert.wang", Role.EXPERT);

        UnitScoreSheet open = services.getUnitSheet().getUnitSheet(new GetUnitSheet(round, huangpu.id()));
        assertThat(open.line(GK05).orElseThrow().verified()).extracting(r -> r.scorer().value()).containsExactly("expert.wang");
        assertThat(open.units()).extracting(UnitScoreSheet.RoundUnit::name).containsExactly("黄浦区教育局", "徐汇区教育局", "长宁区教育局");

        Viewer wang = access.viewer();
        assertThat(ScoreAccess.seesOthersScores(wang, rounds.loadRound(round).orElseThrow())).isFalse();
        assertThat(ScoreAccess.seesOthersScores(wang, Shanghai2019DemoRound.build())).as("a closed round").isTrue();
        assertThat(ScoreAccess.seesOthersScores(wang, Shanghai2019DemoRound.published())).as("a published round").isTrue();
    }

    @Test
    void a_unit_contact_enters_and_reads_only_their_own_unit_s_self_inspection() {
        caller.actAs("huangpu", Role.UNIT_CONTACT);

        record(new ScoreEntry.SelfInspected(huangpu.id(), GK05, Points.of(28)));
        record(verified(huangpu, GK06, "huangpu", 18));
        refused(() -> record(new ScoreEntry.SelfInspected(xuhui.id(), GK05, Points.of(28))), "access.contact-own-unit-only");
        refused(() -> record(verified(huangpu, GK05, "huangpu", 18)), "access.contact-self-inspection-only");
        refused(() -> services.getUnitSheet().getUnitSheet(new GetUnitSheet(round, xuhui.id())), "access.unit-not-yours");

        UnitScoreSheet sheet = services.getUnitSheet().getUnitSheet(GetUnitSheet.firstUnit(round));
        assertThat(sheet.units()).extracting(UnitScoreSheet.RoundUnit::name).containsExactly("黄浦区教育局");
        assertThat(sheet.line(GK05).orElseThrow().selfInspection()).isEqualTo(Points.of(28));
        assertThat(sheet.line(GK05).orElseThrow().verified()).isEmpty();
        assertThat(sheet.line(GK06).orElseThrow().verified()).extracting(r -> r.scorer().value()).containsExactly("huangpu");
    }

    @Test
    void an_auditor_reads_every_sheet_and_writes_nothing() {
        caller.actAs("auditor", Role.AUDITOR);
        assertThat(services.getUnitSheet().getUnitSheet(new GetUnitSheet(round, changning.id())).line(GK05).orElseThrow().verified())
                .hasSize(1);
        refused(() -> record(verified(huangpu, GK05, "auditor", 1)), "access.read-only");
    }

    private RoundRef ref() {
        return new RoundRef(round, rounds.loadRound(round).orElseThrow().version());
    }

    private void record(ScoreEntry entry) {
        services.recordScore().recordScore(new RecordScore(ref(), entry));
    }

    private static ScoreEntry.Verified verified(EvaluatedUnit unit, IndicatorCode code, String scorer, int points) {
        return new ScoreEntry.Verified(unit.id(), code, ScorerId.of(scorer), Points.of(points));
    }

    private static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("messageKey", key);
    }

    @SuppressWarnings("unused")
    private static UnitId id(EvaluatedUnit unit) {
        return unit.id();
    }
}
