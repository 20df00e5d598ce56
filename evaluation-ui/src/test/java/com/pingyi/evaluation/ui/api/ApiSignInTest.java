package com.pingyi.evaluation.ui.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.pingyi.evaluation.application.readmodel.AuditEntryView;
import com.pingyi.evaluation.domain.user.Role;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

/**
 * HTTP Basic on the API: the same accounts, lockout and sign-in audit as the web UI, a 401 with a
 * problem body and never a redirect, no session, and the web UI's own sign-in left as it was.
 */
class ApiSignInTest extends ApiTestSupport {

    @Test
    void without_credentials_the_answer_is_401_with_the_basic_challenge_and_a_problem_never_a_redirect() throws Exception {
        mvc.perform(get("/api/rounds"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Pingyi\""))
                .andExpect(header().doesNotExist(HttpHeaders.LOCATION))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.type").value("urn:pingyi:problem:unauthorised"))
                .andExpect(jsonPath("$.title").value("需要登录"))
                .andExpect(jsonPath("$.instance").value("/api/rounds"));
    }

    @Test
    void a_wrong_password_and_an_unknown_name_get_the_same_401_and_both_attempts_are_audited() throws Exception {
        Account account = newAccount("api-wrong", Role.AUDITOR);
        String wrong = mvc.perform(get("/api/rounds").with(httpBasic(account.name(), "not-the-password-1")))
                .andExpect(status().isUnauthorized()).andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Pingyi\""))
                .andReturn().getResponse().getContentAsString();
        String unknown = mvc.perform(get("/api/rounds").with(httpBasic("api-nobody-at-all", "whatever-it-is")))
                .andExpect(status().isUnauthorized()).andReturn().getResponse().getContentAsString();

        assertThat(wrong).isEqualTo(unknown);
        assertThat(audit(account.name())).extracting(AuditEntryView::useCase).containsExactly("SignInFailed");
        assertThat(audit("api-nobody-at-all")).singleElement().satisfies(e -> assertThat(e.after()).contains("UNKNOWN_NAME"));
    }

    @Test
    void three_failures_lock_the_account_and_its_right_password_then_gets_the_same_401() throws Exception {
        Account account = newAccount("api-locked", Role.AUDITOR);
        for (int i = 1; i <= 3; i++) {
            mvc.perform(get("/api/rounds").with(httpBasic(account.name(), "wrong-password-" + i))).andExpect(status().isUnauthorized());
        }

        mvc.perform(get("/api/rounds").with(account.basic()))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("urn:pingyi:problem:unauthorised"));
        assertThat(audit(account.name())).extracting(AuditEntryView::useCase).containsExactly("SignInFailed", "SignInFailed", "SignInFailed",
                "SignInFailed");
        assertThat(audit(account.name()).get(2).after()).contains("\"lockedUntil\":\"20");
    }

    @Test
    void an_account_with_a_temporary_password_gets_403_saying_it_must_change_it_first() throws Exception {
        Account account = newAccount("api-newcomer", Role.ADMIN);

        mvc.perform(get("/api/rounds").with(account.basic()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:pingyi:problem:password-change-required"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("temporary password")));
    }

    @Test
    void a_successful_call_is_an_audited_sign_in_and_creates_no_session() throws Exception {
        MvcResult result = mvc.perform(get("/api/rounds").with(auditor())).andExpect(status().isOk()).andReturn();

        assertThat(result.getRequest().getSession(false)).as("no session created").isNull();
        assertThat(result.getResponse().getCookies()).isEmpty();
        assertThat(result.getResponse().getHeader(HttpHeaders.SET_COOKIE)).isNull();
        assertThat(audit("auditor")).extracting(AuditEntryView::useCase).contains("SignIn");
    }

    @Test
    void an_unknown_api_path_is_a_404_problem_once_signed_in_and_a_401_before() throws Exception {
        mvc.perform(get("/api/no-such-thing").with(auditor()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:pingyi:problem:not-found"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("/api/no-such-thing")));
        mvc.perform(get("/api/no-such-thing")).andExpect(status().isUnauthorized());
    }

    @Test
    void the_web_ui_still_sends_a_stranger_to_its_sign_in_page() throws Exception {
        MvcResult result = mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andReturn();

        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void the_openapi_document_is_public_lists_the_api_paths_only_and_declares_basic() throws Exception {
        mvc.perform(get("/api/docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("Pingyi API"))
                .andExpect(jsonPath("$.paths['/api/rounds'].get").exists())
                .andExpect(jsonPath("$.paths['/api/rounds/{id}/results'].get").exists())
                .andExpect(jsonPath("$.paths['/api/rounds/{id}/notice.docx'].get").exists())
                .andExpect(jsonPath("$.paths['/api/rounds/{id}/notice.html'].get").exists())
                .andExpect(jsonPath("$.paths['/api/rounds/{id}/scores'].post").exists())
                .andExpect(jsonPath("$.paths.length()").value(5))
                .andExpect(jsonPath("$.components.schemas.Result.properties.scoreRate.type").value("string"))
                .andExpect(jsonPath("$.components.securitySchemes.basic.scheme").value("basic"))
                .andExpect(jsonPath("$.security[0].basic").exists());
    }

    @Test
    void the_swagger_ui_is_public() throws Exception {
        MvcResult page = mvc.perform(get("/api/swagger-ui.html")).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(page.getResponse().getRedirectedUrl()).contains("/api/swagger-ui/index.html");

        mvc.perform(get("/api/swagger-ui/index.html")).andExpect(status().isOk());
    }
}
