package com.pingyi.evaluation.ui.security;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.port.in.account.CreateUser;
import com.pingyi.evaluation.application.port.in.account.CreateUserUseCase;
import com.pingyi.evaluation.domain.user.Role;
import com.pingyi.evaluation.domain.user.Username;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.pingyi.evaluation.application.port.in.audit.AuditFilter;
import com.pingyi.evaluation.application.port.in.audit.QueryAuditTrail;
import com.pingyi.evaluation.application.port.in.audit.QueryAuditTrailUseCase;
import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.application.readmodel.AuditEntryView;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Sign-in against the real filter chain: every attempt is audited, the third failure in a row locks
 * the account (the limit is 3 here), a locked account is refused even with its right password, and an
 * unknown name, a wrong password and a lock all get the same answer (no user enumeration).
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:sign-in-hardening;DB_CLOSE_DELAY=-1",
        "pingyi.sign-in.max-failures=3", "pingyi.demo.password=Demo-password-2020"})
class SignInHardeningTest {

    private static final String DEMO_PASSWORD = "Demo-password-2020";

    @Autowired
    WebApplicationContext context;

    @Autowired
    QueryAuditTrailUseCase auditTrail;

    @Autowired
    CreateUserUseCase createUser;

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @Test
    void the_demo_expert_signs_in_with_the_demo_password_and_the_sign_in_is_audited() throws Exception {
        String landing = signIn("expert", DEMO_PASSWORD);

        assertThat(landing).doesNotContain("error");
        assertThat(audit("expert")).extracting(AuditEntryView::useCase).contains("SignIn");
    }

    @Test
    void three_failures_lock_the_account_which_then_refuses_its_right_password_with_the_same_answer() throws Exception {
        String unknown = signIn("nobody-at-all", "whatever-it-is");
        String first = signIn("auditor", "wrong-password-1");
        signIn("auditor", "wrong-password-2");
        signIn("auditor", "wrong-password-3");
        String locked = signIn("auditor", DEMO_PASSWORD);

        assertThat(List.of(unknown, first, locked)).containsOnly("/login?error");
        assertThat(audit("auditor")).extracting(AuditEntryView::useCase).containsExactly("SignInFailed", "SignInFailed", "SignInFailed",
                "SignInFailed");
        assertThat(audit("auditor").get(2).after()).contains("\"lockedUntil\":\"20");
        assertThat(audit("nobody-at-all")).singleElement().satisfies(e -> assertThat(e.after()).contains("UNKNOWN_NAME"));
    }

    @Test
    void a_success_clears_the_count_of_failures() throws Exception {
        signIn("huangpu", "wrong-password-1");
        signIn("huangpu", "wrong-password-2");
        assertThat(signIn("huangpu", DEMO_PASSWORD)).doesNotContain("error");
        signIn("huangpu", "wrong-password-3");

        assertThat(signIn("huangpu", DEMO_PASSWORD)).as("two failures after a success do not lock").doesNotContain("error");
    }

    @Test
    void a_person_signed_in_with_a_password_an_admin_set_holds_only_the_right_to_change_it() throws Exception {
        asAdmin();
        String temporary = createUser.createUser(new CreateUser(Username.of("new.expert"), "新专家", Set.of(Role.EXPERT), null, Set.of()))
                .temporaryPassword();
        SecurityContextHolder.clearContext();

        MvcResult result = mvc.perform(post("/login").param("username", "new.expert").param("password", temporary)).andReturn();

        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
        SecurityContext session = (SecurityContext) result.getRequest().getSession()
                .getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(session.getAuthentication().getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .filteredOn(a -> a.startsWith("ROLE_")).containsExactly("ROLE_" + Roles.PASSWORD_CHANGE_PENDING);
    }

    private static void asAdmin() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin", null,
                List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
    }

    private String signIn(String username, String password) throws Exception {
        MvcResult result = mvc.perform(post("/login").param("username", username).param("password", password)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        return result.getResponse().getRedirectedUrl();
    }

    /** The actor's entries, oldest first. */
    private List<AuditEntryView> audit(String actor) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin", null,
                List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        try {
            List<AuditEntryView> newestFirst = auditTrail.queryAuditTrail(new QueryAuditTrail(
                    new AuditFilter(null, null, actor, null, null, null), PageRequest.first(50))).items();
            return newestFirst.reversed();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
