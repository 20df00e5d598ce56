package com.pingyi.evaluation.ui.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import com.pingyi.evaluation.application.port.in.account.CreateUser;
import com.pingyi.evaluation.application.port.in.account.CreateUserUseCase;
import com.pingyi.evaluation.application.port.in.audit.AuditFilter;
import com.pingyi.evaluation.application.port.in.audit.QueryAuditTrail;
import com.pingyi.evaluation.application.port.in.audit.QueryAuditTrailUseCase;
import com.pingyi.evaluation.application.port.in.export.ExportNotice;
import com.pingyi.evaluation.application.port.in.export.ExportNoticeUseCase;
import com.pingyi.evaluation.application.port.in.export.NoticeFormat;
import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.application.port.in.scoreimport.ImportScores;
import com.pingyi.evaluation.application.port.in.scoreimport.ImportScoresUseCase;
import com.pingyi.evaluation.application.port.in.scoreimport.ScoreImportProblem;
import com.pingyi.evaluation.application.port.in.scoreimport.ScoreImportResult;
import com.pingyi.evaluation.application.readmodel.AuditEntryView;
import com.pingyi.evaluation.application.readmodel.RenderedFile;
import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.shared.ConcurrentChangeException;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.user.Role;
import com.pingyi.evaluation.domain.user.Username;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The API against the real filter chains, the real accounts of the demo data (admin, expert, huangpu,
 * auditor) and the real round and result use cases on the demo round; the notice export and the score import, built
 * elsewhere, are fakes registered as beans, so that method security wraps them as it wraps the real
 * ones. Every API test class extends this one and so shares one application context.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:api;DB_CLOSE_DELAY=-1",
        "pingyi.admin.password=" + ApiTestSupport.ADMIN_PASSWORD, "pingyi.demo.password=" + ApiTestSupport.DEMO_PASSWORD,
        "pingyi.sign-in.max-failures=3", "spring.servlet.multipart.max-file-size=64KB"})
@Import(ApiTestSupport.FakePorts.class)
abstract class ApiTestSupport {

    static final String ADMIN_PASSWORD = "Admin-password-2020";
    static final String DEMO_PASSWORD = "Demo-password-2020";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    /** A round no use case knows: the fakes answer it as the real ones do. */
    static final RoundId UNKNOWN_ROUND = new RoundId(UUID.fromString("00000000-0000-0000-0000-000000000404"));

    /** What the fakes were asked, newest last. */
    static final List<Object> ASKED = new CopyOnWriteArrayList<>();

    @Autowired
    WebApplicationContext context;

    @Autowired
    CreateUserUseCase createUser;

    @Autowired
    QueryAuditTrailUseCase auditTrail;

    MockMvc mvc;

    @BeforeEach
    void setUpMockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        ASKED.clear();
    }

    static RequestPostProcessor admin() {
        return httpBasic("admin", ADMIN_PASSWORD);
    }

    static RequestPostProcessor auditor() {
        return httpBasic("auditor", DEMO_PASSWORD);
    }

    static RequestPostProcessor expert() {
        return httpBasic("expert", DEMO_PASSWORD);
    }

    static RequestPostProcessor unitContact() {
        return httpBasic("huangpu", DEMO_PASSWORD);
    }

    /** A new account with the temporary password an admin hands over, which must be changed at the first sign-in. */
    Account newAccount(String prefix, Role role) {
        String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        String password = asAdmin(() -> createUser.createUser(new CreateUser(Username.of(name), "接口测试", Set.of(role), null, Set.of())))
                .temporaryPassword();
        return new Account(name, password);
    }

    record Account(String name, String password) {
        RequestPostProcessor basic() {
            return httpBasic(name, password);
        }
    }

    /** The actor's audit entries, oldest first. */
    List<AuditEntryView> audit(String actor) {
        return asAdmin(() -> auditTrail.queryAuditTrail(new QueryAuditTrail(new AuditFilter(null, null, actor, null, null, null),
                PageRequest.first(100))).items().reversed());
    }

    static <T> T asAdmin(Supplier<T> work) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin", null,
                List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /**
     * The import's fake answers by the file's name: {@code bad.csv} has wrong rows, {@code conflict.csv} meets
     * a concurrent change, {@code closed.csv} a closed round, {@code boom.csv} a defect; anything else is written.
     */
    @TestConfiguration
    static class FakePorts {

        @Bean
        @Primary
        ExportNoticeUseCase fakeExportNotice() {
            return query -> {
                ASKED.add(query);
                known(query.round());
                if (query.version() != null && query.version() > 1) {
                    throw new DomainException("round.publication-unknown", query.version(), 1);
                }
                return query.format() == NoticeFormat.DOCX
                        ? new RenderedFile("2019年度评议结果通知.docx", DOCX, "PK docx".getBytes(StandardCharsets.UTF_8))
                        : new RenderedFile("2019年度评议结果通知.html", "text/html;charset=UTF-8", "<p>通知</p>".getBytes(StandardCharsets.UTF_8));
            };
        }

        @Bean
        @Primary
        ImportScoresUseCase fakeImportScores() {
            return command -> {
                ASKED.add(command);
                known(command.round());
                return switch (command.fileName()) {
                    case "bad.csv" -> new ScoreImportResult(false, 3, 0, List.of(
                            new ScoreImportProblem("scores", 2, "C", "abc", "NOT_A_NUMBER", "C2 的值 abc 不是数字"),
                            new ScoreImportProblem("scores", 3, "A", "XX", "UNKNOWN_UNIT", "A3 的单位代码 XX 不在本轮评议中")));
                    case "conflict.csv" -> throw new ConcurrentChangeException("EvaluationRound", command.round());
                    case "closed.csv" -> throw new DomainException("round.frozen-after-draft", "import scores", "PUBLISHED");
                    case "boom.csv" -> throw new IllegalStateException("a defect with a secret inside");
                    default -> new ScoreImportResult(true, 2, 2, List.of());
                };
            };
        }

        private static void known(RoundId round) {
            if (round.equals(UNKNOWN_ROUND)) {
                throw new DomainException("round.not-found", round);
            }
        }

        static ExportNotice lastExport() {
            return (ExportNotice) ASKED.getLast();
        }

        static ImportScores lastImport() {
            return (ImportScores) ASKED.getLast();
        }
    }
}
