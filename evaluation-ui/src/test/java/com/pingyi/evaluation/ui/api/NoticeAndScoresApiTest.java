package com.pingyi.evaluation.ui.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.pingyi.evaluation.application.port.in.export.ExportNotice;
import com.pingyi.evaluation.application.port.in.export.NoticeFormat;
import com.pingyi.evaluation.application.port.in.scoreimport.ImportScores;
import com.pingyi.evaluation.domain.round.RoundId;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The notice downloads and the score upload, against fakes of their use cases that method security
 * wraps as it wraps the real ones: each role, each refusal, and no CSRF token ever sent.
 */
class NoticeAndScoresApiTest extends ApiTestSupport {

    private static final RoundId ROUND = RoundId.of("6f1c1a52-7d0e-4d0a-9d7e-6a1f9f0c2019");

    @Test
    void admins_and_auditors_download_the_docx_with_its_name_and_type_for_the_date_and_version_asked() throws Exception {
        for (RequestPostProcessor caller : List.of(admin(), auditor())) {
            byte[] body = mvc.perform(get("/api/rounds/{id}/notice.docx", ROUND.toString()).param("on", "2020-04-16").param("version", "1").with(caller))
                    .andExpect(status().isOk())
                    .andExpect(content().contentType(DOCX))
                    .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString("attachment")))
                    .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                            containsString("filename*=UTF-8''2019%E5%B9%B4%E5%BA%A6%E8%AF%84%E8%AE%AE%E7%BB%93%E6%9E%9C%E9%80%9A%E7%9F%A5.docx")))
                    .andReturn().getResponse().getContentAsByteArray();

            assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo("PK docx");
            assertThat(FakePorts.lastExport()).isEqualTo(new ExportNotice(ROUND, NoticeFormat.DOCX, LocalDate.of(2020, 4, 16), 1));
        }
    }

    @Test
    void the_html_preview_is_inline_and_dated_today_in_shanghai_when_no_date_is_given() throws Exception {
        mvc.perform(get("/api/rounds/{id}/notice.html", ROUND.toString()).with(auditor()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString("inline")))
                .andExpect(content().string("<p>通知</p>"));

        ExportNotice asked = FakePorts.lastExport();
        assertThat(asked.format()).isEqualTo(NoticeFormat.HTML);
        assertThat(asked.version()).isNull();
        assertThat(asked.on()).isBetween(LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1), LocalDate.now(ZoneId.of("Asia/Shanghai")));
    }

    @Test
    void experts_and_unit_contacts_may_not_have_the_notice_and_strangers_must_sign_in() throws Exception {
        for (RequestPostProcessor caller : List.of(expert(), unitContact())) {
            for (String format : List.of("docx", "html")) {
                mvc.perform(get("/api/rounds/{id}/notice." + format, ROUND.toString()).with(caller))
                        .andExpect(status().isForbidden())
                        .andExpect(jsonPath("$.type").value("urn:pingyi:problem:forbidden"));
            }
        }
        mvc.perform(get("/api/rounds/{id}/notice.docx", ROUND.toString())).andExpect(status().isUnauthorized());
        assertThat(ASKED).as("a refused call never reaches the use case").isEmpty();
    }

    @Test
    void a_bad_date_or_version_is_400_an_unknown_round_404_and_a_broken_rule_422() throws Exception {
        mvc.perform(get("/api/rounds/{id}/notice.docx", ROUND.toString()).param("on", "16.04.2020").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("16.04.2020")));
        mvc.perform(get("/api/rounds/{id}/notice.docx", ROUND.toString()).param("version", "latest").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:pingyi:problem:bad-request"));
        mvc.perform(get("/api/rounds/{id}/notice.html", UNKNOWN_ROUND.toString()).with(admin()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.rule").value("round.not-found"));
        mvc.perform(get("/api/rounds/{id}/notice.docx", ROUND.toString()).param("version", "9").with(admin()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:pingyi:problem:rule-broken"))
                .andExpect(jsonPath("$.rule").value("round.publication-unknown"))
                .andExpect(jsonPath("$.detail").value("There is no published version 9; the round has 1."));
    }

    @Test
    void an_admin_s_good_file_is_written_and_answered_with_its_counts_without_any_csrf_token() throws Exception {
        mvc.perform(multipart("/api/rounds/{id}/scores", ROUND.toString()).file(csv("scores.csv", "unit,indicator,points\n")).with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"rowsRead\":2,\"scoresWritten\":2}", org.springframework.test.json.JsonCompareMode.STRICT));

        ImportScores sent = FakePorts.lastImport();
        assertThat(sent.round()).isEqualTo(ROUND);
        assertThat(sent.fileName()).isEqualTo("scores.csv");
        assertThat(new String(sent.content(), StandardCharsets.UTF_8)).isEqualTo("unit,indicator,points\n");
    }

    @Test
    void a_file_with_wrong_rows_is_422_with_every_problem_listed() throws Exception {
        mvc.perform(multipart("/api/rounds/{id}/scores", ROUND.toString()).file(csv("bad.csv", "x")).with(admin()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:pingyi:problem:score-file-rejected"))
                .andExpect(jsonPath("$.status").value(422))
                .andExpect(jsonPath("$.rowsRead").value(3))
                .andExpect(jsonPath("$.problems.length()").value(2))
                .andExpect(jsonPath("$.problems[0].sheet").value("scores"))
                .andExpect(jsonPath("$.problems[0].row").value(2))
                .andExpect(jsonPath("$.problems[0].column").value("C"))
                .andExpect(jsonPath("$.problems[0].value").value("abc"))
                .andExpect(jsonPath("$.problems[0].rule").value("NOT_A_NUMBER"))
                .andExpect(jsonPath("$.problems[0].message").value("C2 的值 abc 不是数字"))
                .andExpect(jsonPath("$.problems[1].rule").value("UNKNOWN_UNIT"));
    }

    @Test
    void only_admins_import_and_strangers_must_sign_in() throws Exception {
        for (RequestPostProcessor caller : List.of(auditor(), expert(), unitContact())) {
            mvc.perform(multipart("/api/rounds/{id}/scores", ROUND.toString()).file(csv("scores.csv", "x")).with(caller))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.type").value("urn:pingyi:problem:forbidden"));
        }
        mvc.perform(multipart("/api/rounds/{id}/scores", ROUND.toString()).file(csv("scores.csv", "x")))
                .andExpect(status().isUnauthorized());
        assertThat(ASKED).isEmpty();
    }

    @Test
    void a_concurrent_change_is_409_a_broken_rule_422_an_unknown_round_404_and_a_defect_500_without_its_insides() throws Exception {
        mvc.perform(multipart("/api/rounds/{id}/scores", ROUND.toString()).file(csv("conflict.csv", "x")).with(admin()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:pingyi:problem:conflict"))
                .andExpect(jsonPath("$.rule").value("conflict.concurrent-change"));
        mvc.perform(multipart("/api/rounds/{id}/scores", ROUND.toString()).file(csv("closed.csv", "x")).with(admin()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("round.frozen-after-draft"));
        mvc.perform(multipart("/api/rounds/{id}/scores", UNKNOWN_ROUND.toString()).file(csv("scores.csv", "x")).with(admin()))
                .andExpect(status().isNotFound());
        String defect = mvc.perform(multipart("/api/rounds/{id}/scores", ROUND.toString()).file(csv("boom.csv", "x")).with(admin()))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andReturn().getResponse().getContentAsString();
        assertThat(defect).doesNotContain("secret", "IllegalStateException", "at com.");
    }

    @Test
    void a_file_over_the_limit_is_413_and_a_request_without_a_file_400() throws Exception {
        byte[] large = new byte[64 * 1024 + 1];
        mvc.perform(multipart("/api/rounds/{id}/scores", ROUND.toString())
                        .file(new MockMultipartFile("file", "large.csv", "text/csv", large)).with(admin()))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.type").value("urn:pingyi:problem:too-large"));
        mvc.perform(multipart("/api/rounds/{id}/scores", ROUND.toString()).with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(ASKED).isEmpty();
    }

    private static MockMultipartFile csv(String name, String text) {
        return new MockMultipartFile("file", name, "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }
}
