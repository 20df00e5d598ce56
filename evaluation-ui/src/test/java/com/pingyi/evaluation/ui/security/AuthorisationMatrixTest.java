package com.pingyi.evaluation.ui.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.application.port.in.round.GetRound;
import com.pingyi.evaluation.application.port.in.round.GetRoundUseCase;
import com.pingyi.evaluation.application.port.in.round.GetUnitSheet;
import com.pingyi.evaluation.application.port.in.round.GetUnitSheetUseCase;
import com.pingyi.evaluation.application.port.in.round.ListRounds;
import com.pingyi.evaluation.application.port.in.round.ListRoundsUseCase;
import com.pingyi.evaluation.application.port.in.round.RecordScore;
import com.pingyi.evaluation.application.port.in.round.RecordScoreUseCase;
import com.pingyi.evaluation.application.port.in.round.RoundRef;
import com.pingyi.evaluation.application.readmodel.RoundSummary;
import com.pingyi.evaluation.domain.demo.Shanghai2019DemoRound;
import com.pingyi.evaluation.domain.scheme.IndicatorCode;
import com.pingyi.evaluation.domain.score.ScoreEntry;
import com.pingyi.evaluation.domain.score.ScorerId;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.shared.Points;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Every use case x every role, called at the application layer through the wired Spring beans (so
 * through method security, as a view or a forged request would call them): allowed or refused exactly
 * as the table says. The table must name every {@code *UseCase} on the classpath: a new use case
 * without a declared rule fails here. "Allowed" means the call got past the permission check (the use
 * case then refuses the empty command, or answers); "refused" means Spring Security's AccessDenied.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:authorisation-matrix;DB_CLOSE_DELAY=-1")
class AuthorisationMatrixTest {

    private static final String ANONYMOUS = "ANONYMOUS";
    /** Every role, the application itself, nobody, and a person who must first replace a password an admin set. */
    private static final List<String> CALLERS = List.of(Roles.ADMIN, Roles.EXPERT, Roles.UNIT_CONTACT, Roles.AUDITOR, Roles.SYSTEM,
            Roles.PASSWORD_CHANGE_PENDING, ANONYMOUS);

    private static final Set<String> ADMIN = Set.of(Roles.ADMIN);
    private static final Set<String> READERS = Set.of(Roles.ADMIN, Roles.AUDITOR);
    private static final Set<String> SCORERS = Set.of(Roles.ADMIN, Roles.EXPERT, Roles.UNIT_CONTACT);
    private static final Set<String> PEOPLE = Set.of(Roles.ADMIN, Roles.AUDITOR, Roles.EXPERT, Roles.UNIT_CONTACT);
    private static final Set<String> OWN_ACCOUNT = Set.of(Roles.ADMIN, Roles.AUDITOR, Roles.EXPERT, Roles.UNIT_CONTACT,
            Roles.PASSWORD_CHANGE_PENDING);
    private static final Set<String> SYSTEM = Set.of(Roles.SYSTEM);
    private static final Set<String> EVERYONE = Set.copyOf(CALLERS);

    /** Who may call what: the rules. Row-level rules (which pairs, which unit) are the services' and are tested apart. */
    private static final Map<String, Set<String>> RULES = new TreeMap<>(Map.ofEntries(
            // Running rounds: admins only.
            Map.entry("CreateRound", ADMIN), Map.entry("CloneRound", ADMIN), Map.entry("RenameRound", ADMIN),
            Map.entry("DefineScheme", ADMIN), Map.entry("AmendScheme", ADMIN), Map.entry("DefineGradeScale", ADMIN),
            Map.entry("DefineDisplayPrecision", ADMIN), Map.entry("DefineSpreadLimit", ADMIN), Map.entry("DefineNoticeSettings", ADMIN),
            Map.entry("EnrolUnit", ADMIN), Map.entry("WithdrawUnit", ADMIN), Map.entry("RegisterScorer", ADMIN),
            Map.entry("AssignExpert", ADMIN), Map.entry("RemoveScorer", ADMIN), Map.entry("OpenRound", ADMIN),
            Map.entry("ReopenRound", ADMIN), Map.entry("CloseRound", ADMIN), Map.entry("PublishRound", ADMIN),
            Map.entry("PublishCorrection", ADMIN), Map.entry("MarkApplicable", ADMIN), Map.entry("AddFinding", ADMIN),
            Map.entry("RemoveFinding", ADMIN), Map.entry("RaiseRectification", ADMIN), Map.entry("CheckRectification", ADMIN),
            Map.entry("RegisterUnit", ADMIN), Map.entry("RenameUnit", ADMIN), Map.entry("LinkPredecessors", ADMIN),
            Map.entry("ImportRoundArchive", ADMIN),
            // Score import: admins only, whatever method the file's scores belong to.
            Map.entry("DownloadScoreTemplate", ADMIN), Map.entry("PreviewScoreImport", ADMIN), Map.entry("ImportScores", ADMIN),
            Map.entry("RenderScoreImportReport", ADMIN),
            // People: admins manage accounts.
            Map.entry("CreateUser", ADMIN), Map.entry("ChangeUserAccess", ADMIN), Map.entry("SetUserEnabled", ADMIN),
            Map.entry("ResetPassword", ADMIN),
            // Reading everything, the audit trail included: admins and auditors.
            Map.entry("QueryAuditTrail", READERS), Map.entry("ListResults", READERS), Map.entry("ExplainResult", READERS),
            Map.entry("ListMissingScores", READERS), Map.entry("PreviewNotice", READERS), Map.entry("ListPublications", READERS),
            Map.entry("UnitHistory", READERS), Map.entry("GetRoundSettings", READERS), Map.entry("ListRoundUnits", READERS),
            Map.entry("GetAssignmentMatrix", READERS), Map.entry("ListUnits", READERS), Map.entry("GetUnit", READERS),
            Map.entry("ListUsers", READERS), Map.entry("GetDashboard", READERS), Map.entry("ListFindings", READERS),
            Map.entry("ListStatisticOptions", READERS), Map.entry("ListRectifications", READERS),
            // Downloads of what admins and auditors read: the notice, the results, a round's audit trail.
            Map.entry("ExportNotice", READERS), Map.entry("ExportResults", READERS), Map.entry("ExportRoundAudit", READERS),
            Map.entry("ExportRoundArchive", READERS),
            // Scores: experts and contacts within their part (the services decide which part).
            Map.entry("RecordScore", SCORERS), Map.entry("RecordScores", SCORERS), Map.entry("RemoveScore", SCORERS),
            Map.entry("GetUnitSheet", PEOPLE),
            // What every signed-in person needs.
            Map.entry("ListRounds", PEOPLE), Map.entry("GetRound", PEOPLE),
            // A person whose password an admin set may do nothing else before they have replaced it.
            Map.entry("GetOwnAccount", OWN_ACCOUNT), Map.entry("ChangeOwnPassword", OWN_ACCOUNT),
            // Each role's own work.
            Map.entry("ListMyAssignments", Set.of(Roles.EXPERT)), Map.entry("ListMyUnitRounds", Set.of(Roles.UNIT_CONTACT)),
            // The application itself, at start-up and at sign-in.
            Map.entry("EnsureAdminAccount", SYSTEM), Map.entry("InstallDemoData", SYSTEM), Map.entry("EnsureDemoAccounts", SYSTEM),
            Map.entry("RecordSignIn", SYSTEM),
            // Before anybody is signed in.
            Map.entry("FindSignInAccount", EVERYONE)));

    @Autowired
    ApplicationContext context;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_table_names_every_use_case_on_the_classpath_and_nothing_else() throws Exception {
        assertThat(RULES.keySet()).as("a use case without a rule here, or a rule for one that does not exist")
                .isEqualTo(new TreeSet<>(useCases().stream().map(c -> c.getSimpleName().replaceFirst("UseCase$", "")).toList()));
    }

    @TestFactory
    Stream<DynamicTest> every_use_case_admits_exactly_the_roles_of_the_table() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Class<?> useCase : useCases()) {
            String name = useCase.getSimpleName().replaceFirst("UseCase$", "");
            Set<String> allowed = RULES.getOrDefault(name, Set.of());
            for (String caller : CALLERS) {
                tests.add(DynamicTest.dynamicTest(name + " as " + caller + (allowed.contains(caller) ? " is allowed" : " is refused"),
                        () -> assertThat(admitted(useCase, caller)).isEqualTo(allowed.contains(caller))));
            }
        }
        return tests.stream();
    }

    @Test
    void the_wired_score_use_cases_apply_an_expert_s_part_and_a_forced_request_by_an_auditor_is_refused() {
        signIn("admin", Roles.ADMIN);
        RoundSummary demo = context.getBean(ListRoundsUseCase.class).listRounds(new ListRounds(PageRequest.first(5))).items().getFirst();
        RoundRef ref = new RoundRef(demo.id(), context.getBean(GetRoundUseCase.class).getRound(new GetRound(demo.id())).version());
        var entry = new ScoreEntry.Verified(Shanghai2019DemoRound.unitId("黄浦"), IndicatorCode.of("GK05"), ScorerId.of("expert"), Points.of(1));

        signIn("expert", Roles.EXPERT);
        assertThatThrownBy(() -> context.getBean(GetUnitSheetUseCase.class).getUnitSheet(new GetUnitSheet(demo.id(),
                Shanghai2019DemoRound.unitId("黄浦")))).isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("messageKey", "access.unit-not-yours");
        assertThat(context.getBean(GetUnitSheetUseCase.class).getUnitSheet(GetUnitSheet.firstUnit(demo.id())).units()).isEmpty();
        assertThatThrownBy(() -> context.getBean(RecordScoreUseCase.class).recordScore(new RecordScore(ref, entry)))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("messageKey", "access.expert-not-assigned");

        signIn("auditor", Roles.AUDITOR);
        assertThatThrownBy(() -> context.getBean(RecordScoreUseCase.class).recordScore(new RecordScore(ref, entry)))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** Whether the call got past method security: any answer or any other failure means it did. */
    private boolean admitted(Class<?> useCase, String caller) throws Exception {
        Object bean = context.getBean(useCase);
        Method method = Stream.of(useCase.getDeclaredMethods()).filter(m -> !m.isSynthetic()).findFirst().orElseThrow();
        Object[] arguments = new Object[method.getParameterCount()];
        if (caller.equals(ANONYMOUS)) {
            SecurityContextHolder.clearContext();
        } else {
            signIn("matrix-" + caller.toLowerCase(java.util.Locale.ROOT), caller);
        }
        try {
            method.invoke(bean, arguments);
            return true;
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            return !(cause instanceof AccessDeniedException || cause instanceof AuthenticationCredentialsNotFoundException);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void signIn(String name, String role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                name, null, List.of(new SimpleGrantedAuthority("ROLE_" + role))));
    }

    /**
     * Every use-case interface of the application module, found as RestartIT finds them: the module is a
     * folder of classes in some builds and a jar in others (a full {@code verify}).
     */
    static List<Class<?>> useCases() throws Exception {
        Path location = Path.of(Roles.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        java.nio.file.FileSystem jar = Files.isRegularFile(location) ? java.nio.file.FileSystems.newFileSystem(location) : null;
        Path root = jar == null ? location : jar.getPath("/");
        try (jar; Stream<Path> files = Files.walk(root)) {
            List<Class<?>> found = new ArrayList<>();
            for (String name : files.map(root::relativize).map(Path::toString)
                    .filter(n -> n.endsWith("UseCase.class") && !n.contains("$")).sorted().toList()) {
                Class<?> c = Class.forName(name.substring(0, name.length() - ".class".length()).replace('/', '.').replace('\\', '.')
                        .replaceFirst("^\\.", ""));
                if (c.isInterface()) {
                    found.add(c);
                }
            }
            // A scan that finds nothing would let every check here pass on nothing.
            assertThat(found).hasSizeGreaterThan(40);
            return found;
        }
    }
}
