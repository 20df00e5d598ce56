package com.pingyi.evaluation.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pingyi.evaluation.application.port.in.expert.AssignExpert;
import com.pingyi.evaluation.application.port.in.expert.RemoveScorer;
import com.pingyi.evaluation.application.port.in.finding.AddFinding;
import com.pingyi.evaluation.application.port.in.finding.CheckRectification;
import com.pingyi.evaluation.application.port.in.finding.RaiseRectification;
import com.pingyi.evaluation.application.port.in.finding.RemoveFinding;
import com.pingyi.evaluation.application.port.in.round.AmendScheme;
import com.pingyi.evaluation.application.port.in.round.CloneRound;
import com.pingyi.evaluation.application.port.in.round.CloseRound;
import com.pingyi.evaluation.application.port.in.round.CreateRound;
import com.pingyi.evaluation.application.port.in.round.DefineDisplayPrecision;
import com.pingyi.evaluation.application.port.in.round.DefineGradeScale;
import com.pingyi.evaluation.application.port.in.round.DefineNoticeSettings;
import com.pingyi.evaluation.application.port.in.round.DefineScheme;
import com.pingyi.evaluation.application.port.in.round.DefineSpreadLimit;
import com.pingyi.evaluation.application.port.in.round.EnrolUnit;
import com.pingyi.evaluation.application.port.in.round.MarkApplicable;
import com.pingyi.evaluation.application.port.in.round.OpenRound;
import com.pingyi.evaluation.application.port.in.round.PublishCorrection;
import com.pingyi.evaluation.application.port.in.round.PublishRound;
import com.pingyi.evaluation.application.port.in.round.RecordScore;
import com.pingyi.evaluation.application.port.in.round.RecordScores;
import com.pingyi.evaluation.application.port.in.round.RegisterScorer;
import com.pingyi.evaluation.application.port.in.round.RemoveScore;
import com.pingyi.evaluation.application.port.in.round.RenameRound;
import com.pingyi.evaluation.application.port.in.round.ReopenRound;
import com.pingyi.evaluation.application.port.in.round.RoundRef;
import com.pingyi.evaluation.application.port.in.round.WithdrawUnit;
import com.pingyi.evaluation.application.readmodel.RoundState;
import com.pingyi.evaluation.application.service.round.ExpertServices;
import com.pingyi.evaluation.application.service.round.RoundServices;
import com.pingyi.evaluation.domain.demo.Shanghai2019DemoRound;
import com.pingyi.evaluation.domain.finding.Finding;
import com.pingyi.evaluation.domain.finding.FindingKind;
import com.pingyi.evaluation.domain.grade.GradeScale;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.round.EvaluationYear;
import com.pingyi.evaluation.domain.score.Assignment;
import com.pingyi.evaluation.domain.score.ScoreEntry;
import com.pingyi.evaluation.domain.score.Scorer;
import com.pingyi.evaluation.domain.score.ScorerId;
import com.pingyi.evaluation.domain.shared.ConcurrentChangeException;
import com.pingyi.evaluation.domain.unit.EvaluatedUnit;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * quality.md R6 and R3 for every command on a round: a command that succeeds writes exactly one
 * audit entry, in the same transaction; a command on a stale version writes nothing at all. The
 * list is checked against the factory, so a new round use case without a scenario fails here.
 */
class EveryRoundCommandIsAuditedTest {

    private static final LocalDate DAY = LocalDate.of(2020, 4, 16);

    /** A round in the state the command needs, and the command on it. */
    private record Scenario(Supplier<EvaluationRound> round, BiFunction<RoundFixture, RoundRef, RoundState> command) {
    }

    private static Map<String, Scenario> scenarios() {
        Map<String, Scenario> s = new TreeMap<>();
        s.put("renameRound", new Scenario(EveryRoundCommandIsAuditedTest::draft,
                (f, ref) -> f.services.renameRound().renameRound(new RenameRound(ref, "新名称"))));
        s.put("defineScheme", new Scenario(EveryRoundCommandIsAuditedTest::draft,
                (f, ref) -> f.services.defineScheme().defineScheme(new DefineScheme(ref, Shanghai2019DemoRound.scheme()))));
        s.put("amendScheme", new Scenario(EveryRoundCommandIsAuditedTest::open,
                (f, ref) -> f.services.amendScheme().amendScheme(new AmendScheme(ref, Shanghai2019DemoRound.scheme(), "更正指标名称"))));
        s.put("defineDisplayPrecision", new Scenario(EveryRoundCommandIsAuditedTest::draft,
                (f, ref) -> f.services.defineDisplayPrecision().defineDisplayPrecision(new DefineDisplayPrecision(ref, 3))));
        s.put("defineSpreadLimit", new Scenario(EveryRoundCommandIsAuditedTest::draft,
                (f, ref) -> f.services.defineSpreadLimit().defineSpreadLimit(new DefineSpreadLimit(ref, com.pingyi.evaluation.domain.shared.Points.of(5)))));
        s.put("defineNoticeSettings", new Scenario(EveryRoundCommandIsAuditedTest::draft,
                (f, ref) -> f.services.defineNoticeSettings().defineNoticeSettings(new DefineNoticeSettings(ref, Shanghai2019DemoRound.noticeSettings()))));
        s.put("defineGradeScale", new Scenario(EveryRoundCommandIsAuditedTest::draft,
                (f, ref) -> f.services.defineGradeScale().defineGradeScale(new DefineGradeScale(ref, GradeScale.seedDefault()))));
        s.put("enrolUnit", new Scenario(EveryRoundCommandIsAuditedTest::draft,
                (f, ref) -> f.services.enrolUnit().enrolUnit(new EnrolUnit(ref, EvaluatedUnit.draft("静安区教育局")))));
        s.put("withdrawUnit", new Scenario(Shanghai2019DemoRound::build,
                (f, ref) -> f.services.withdrawUnit().withdrawUnit(new WithdrawUnit(ref, Shanghai2019DemoRound.unitId("宝山"), "机构调整", DAY))));
        s.put("registerScorer", new Scenario(EveryRoundCommandIsAuditedTest::draftWithUnit,
                (f, ref) -> f.services.registerScorer().registerScorer(new RegisterScorer(ref, Scorer.expert(ScorerId.of("expert-1"), "李专家")))));
        s.put("assignExpert", new Scenario(EveryRoundCommandIsAuditedTest::draftWithExpert,
                (f, ref) -> experts(f).assignExpert().assignExpert(new AssignExpert(ref, ScorerId.of("expert-1"), Set.of(
                        new Assignment(f.load(ref.id()).units().getFirst().id(), Shanghai2019DemoRound.D_WEBSITE))))));
        s.put("removeScorer", new Scenario(EveryRoundCommandIsAuditedTest::draftWithExpert,
                (f, ref) -> experts(f).removeScorer().removeScorer(new RemoveScorer(ref, ScorerId.of("expert-1")))));
        s.put("openRound", new Scenario(EveryRoundCommandIsAuditedTest::draftWithUnit,
                (f, ref) -> f.services.openRound().openRound(new OpenRound(ref))));
        s.put("reopenRound", new Scenario(Shanghai2019DemoRound::build,
                (f, ref) -> f.services.reopenRound().reopenRound(new ReopenRound(ref, "复核"))));
        s.put("closeRound", new Scenario(EveryRoundCommandIsAuditedTest::open,
                (f, ref) -> f.services.closeRound().closeRound(new CloseRound(ref))));
        s.put("publishRound", new Scenario(Shanghai2019DemoRound::build,
                (f, ref) -> f.services.publishRound().publishRound(new PublishRound(ref, DAY))));
        s.put("publishCorrection", new Scenario(Shanghai2019DemoRound::published,
                (f, ref) -> f.services.publishCorrection().publishCorrection(new PublishCorrection(ref, "更正录入错误", DAY.plusDays(7),
                        List.of(corrected(f.load(ref.id())))))));
        s.put("recordScore", new Scenario(EveryRoundCommandIsAuditedTest::open,
                (f, ref) -> f.services.recordScore().recordScore(new RecordScore(ref, someVerified(f.load(ref.id()))))));
        s.put("recordScores", new Scenario(EveryRoundCommandIsAuditedTest::open,
                (f, ref) -> f.services.recordScores().recordScores(new RecordScores(ref, List.of(someVerified(f.load(ref.id())))))));
        s.put("removeScore", new Scenario(EveryRoundCommandIsAuditedTest::open, (f, ref) -> {
            ScoreEntry.Verified v = someVerified(f.load(ref.id()));
            return f.services.removeScore().removeScore(new RemoveScore(ref, v.unit(), v.indicator(), v.scorer()));
        }));
        s.put("markApplicable", new Scenario(EveryRoundCommandIsAuditedTest::open, (f, ref) -> {
            ScoreEntry.Verified v = someVerified(f.load(ref.id()));
            return f.services.markApplicable().markApplicable(new MarkApplicable(ref, v.unit(), v.indicator()));
        }));
        s.put("addFinding", new Scenario(Shanghai2019DemoRound::build,
                (f, ref) -> f.services.addFinding().addFinding(new AddFinding(ref, Finding.roundWide(FindingKind.REQUIREMENT, null, "加强培训")))));
        s.put("removeFinding", new Scenario(Shanghai2019DemoRound::build,
                (f, ref) -> f.services.removeFinding().removeFinding(new RemoveFinding(ref, f.load(ref.id()).findings().getFirst().id()))));
        s.put("raiseRectification", new Scenario(EveryRoundCommandIsAuditedTest::closedWithProblem,
                (f, ref) -> f.services.raiseRectification().raiseRectification(new RaiseRectification(ref,
                        f.load(ref.id()).findings().getLast().id(), "建立台账", DAY.plusMonths(3)))));
        s.put("checkRectification", new Scenario(EveryRoundCommandIsAuditedTest::clonedWithCarriedItem,
                (f, ref) -> f.services.checkRectification().checkRectification(new CheckRectification(ref,
                        f.load(ref.id()).carriedRectifications().getFirst().id(), "已整改"))));
        return s;
    }

    @TestFactory
    List<DynamicTest> each_command_audits_once_and_a_stale_one_writes_nothing() {
        return scenarios().entrySet().stream().flatMap(e -> List.of(
                DynamicTest.dynamicTest(e.getKey() + " writes one audit entry", () -> succeeds(e.getKey(), e.getValue())),
                DynamicTest.dynamicTest(e.getKey() + " on a stale version writes nothing", () -> staleIsRefused(e.getValue()))).stream())
                .toList();
    }

    private static void succeeds(String name, Scenario scenario) {
        RoundFixture f = new RoundFixture();
        RoundRef ref = f.store(scenario.round().get());

        RoundState after = scenario.command().apply(f, ref);

        assertThat(after.version()).isEqualTo(ref.version() + 1);
        assertThat(f.audit.records()).singleElement().satisfies(entry -> {
            assertThat(entry.useCase()).isEqualToIgnoringCase(name);
            assertThat(entry.aggregateId()).isEqualTo(ref.id().toString());
            assertThat(entry.before()).isNotNull();
            assertThat(entry.after()).isNotNull().isNotEqualTo(entry.before());
        });
    }

    private static void staleIsRefused(Scenario scenario) {
        RoundFixture f = new RoundFixture();
        RoundRef ref = f.store(scenario.round().get());
        EvaluationRound before = f.load(ref.id());

        assertThatThrownBy(() -> scenario.command().apply(f, new RoundRef(ref.id(), ref.version() - 1)))
                .isInstanceOf(ConcurrentChangeException.class);

        assertThat(f.audit.records()).isEmpty();
        assertThat(f.load(ref.id())).usingRecursiveComparison().isEqualTo(before);
    }

    @Test
    void creating_and_cloning_audit_once_and_a_refused_one_writes_nothing() {
        RoundFixture f = new RoundFixture();
        RoundRef source = f.store(Shanghai2019DemoRound.published());

        RoundState created = f.services.createRound().createRound(new CreateRound(EvaluationYear.of(2021), "2021年度评议"));
        RoundState cloned = f.services.cloneRound().cloneRound(new CloneRound(source.id(), EvaluationYear.of(2020), "2020年度评议"));
        assertThatThrownBy(() -> f.services.createRound().createRound(new CreateRound(EvaluationYear.of(2022), " ")))
                .hasFieldOrPropertyWithValue("messageKey", "round.title.required");
        assertThatThrownBy(() -> f.services.cloneRound().cloneRound(new CloneRound(source.id(), EvaluationYear.of(2018), "2018年度评议")))
                .hasFieldOrPropertyWithValue("messageKey", "round.clone.year-before-source");

        assertThat(f.audit.records()).extracting(r -> r.useCase()).containsExactly("CreateRound", "CloneRound");
        assertThat(f.rounds.all()).extracting(r -> r.id()).containsExactlyInAnyOrder(source.id(), created.id(), cloned.id());
        assertThat(f.load(cloned.id()).units()).hasSize(16);
        assertThat(f.load(cloned.id()).scores().entries()).isEmpty();
    }

    private static ExpertServices experts(RoundFixture f) {
        return new ExpertServices(f.rounds, f.rounds, f.audit.trail());
    }

    @Test
    void every_round_command_of_the_factory_has_a_scenario_here() {
        List<String> factory = Stream.of(RoundServices.class, ExpertServices.class).flatMap(c -> Arrays.stream(c.getDeclaredMethods()))
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                .map(Method::getName)
                // Queries among the factory's methods: their names say so.
                .filter(n -> !n.equals("createRound") && !n.equals("cloneRound") && !n.startsWith("get") && !n.startsWith("list"))
                .sorted().collect(Collectors.toList());
        assertThat(scenarios().keySet()).containsExactlyElementsOf(factory);
    }

    /**
     * Every command of the application, not only the round's, is shown to audit: here, or in the
     * test named beside it. A new command use case fails this test until it is listed with its proof.
     */
    @Test
    void every_command_use_case_of_the_application_has_its_audit_test() throws Exception {
        java.util.Set<String> queries = java.util.Set.of("listRounds", "listRoundUnits", "getRound", "getRoundSettings", "getUnitSheet", "listResults",
                "explainResult", "listMissingScores", "previewNotice", "listPublications", "unitHistory", "listUnits", "getUnit", "queryAuditTrail",
                "findSignInAccount", "getAssignmentMatrix", "getDashboard", "listFindings",
                "listStatisticOptions", "listRectifications", "listUsers", "getOwnAccount", "listMyAssignments", "listMyUnitRounds",
                "exportNotice", "exportResults", "exportRoundAudit",
                "exportRoundArchive",
                "downloadScoreTemplate", "previewScoreImport", "renderScoreImportReport");
        java.util.Set<String> provenElsewhere = java.util.Set.of(
                "createRound", "cloneRound",                        // creating_and_cloning_audit_once...
                "registerUnit", "renameUnit", "linkPredecessors",   // UnitUseCasesTest
                "ensureAdminAccount",                               // AccountUseCasesTest
                "installDemoData",                                  // RoundUseCasesTest
                "createUser", "changeUserAccess", "setUserEnabled", "resetPassword", "changeOwnPassword", "recordSignIn",
                "ensureDemoAccounts",                               // PeopleUseCasesTest
                "importRoundArchive",                               // RoundArchiveUseCasesTest
                "importScores");                                    // ScoreImportUseCasesTest
        java.nio.file.Path root = java.nio.file.Path.of(
                com.pingyi.evaluation.application.port.in.Roles.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        java.util.Set<String> commands = new java.util.TreeSet<>();
        try (var files = java.nio.file.Files.walk(root)) {
            for (var file : files.map(root::relativize).map(Object::toString).filter(n -> n.endsWith("UseCase.class")).toList()) {
                Class<?> useCase = Class.forName(file.substring(0, file.length() - ".class".length()).replace('/', '.'));
                for (Method m : useCase.getDeclaredMethods()) {
                    if (!queries.contains(m.getName())) {
                        commands.add(m.getName());
                    }
                }
            }
        }
        java.util.Set<String> proven = new java.util.TreeSet<>(scenarios().keySet());
        proven.addAll(provenElsewhere);
        assertThat(commands).isEqualTo(proven);
    }

    private static EvaluationRound draft() {
        return EvaluationRound.draft(EvaluationYear.of(2020), "2020年度评议");
    }

    private static EvaluationRound draftWithUnit() {
        EvaluationRound round = draft();
        round.defineScheme(Shanghai2019DemoRound.scheme());
        round.addUnit(EvaluatedUnit.draft("黄浦区教育局"));
        return round;
    }

    private static EvaluationRound draftWithExpert() {
        EvaluationRound round = draftWithUnit();
        round.registerScorer(Scorer.expert(ScorerId.of("expert-1"), "李专家"));
        return round;
    }

    private static EvaluationRound open() {
        EvaluationRound round = Shanghai2019DemoRound.build();
        round.reopen("补录");
        return round;
    }

    private static EvaluationRound closedWithProblem() {
        EvaluationRound round = Shanghai2019DemoRound.build();
        round.addFinding(Finding.aboutUnit(FindingKind.PROBLEM, Shanghai2019DemoRound.unitId("宝山"), null, "主动公开不及时"));
        return round;
    }

    private static EvaluationRound clonedWithCarriedItem() {
        EvaluationRound round = closedWithProblem();
        round.raiseRectification(round.findings().getLast().id(), "建立台账", DAY.plusMonths(3));
        return round.cloneFor(EvaluationYear.of(2020), "2020年度评议");
    }

    private static ScoreEntry.Verified someVerified(EvaluationRound round) {
        return round.scores().entries().stream().filter(ScoreEntry.Verified.class::isInstance)
                .map(ScoreEntry.Verified.class::cast).findFirst().orElseThrow();
    }

    private static ScoreEntry corrected(EvaluationRound round) {
        ScoreEntry.Verified v = someVerified(round);
        return new ScoreEntry.Verified(v.unit(), v.indicator(), v.scorer(), v.points().value().signum() == 0
                ? com.pingyi.evaluation.domain.shared.Points.of(1) : com.pingyi.evaluation.domain.shared.Points.of(0));
    }
}
