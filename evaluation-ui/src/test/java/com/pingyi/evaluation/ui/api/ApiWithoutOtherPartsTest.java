package com.pingyi.evaluation.ui.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.pingyi.evaluation.application.port.in.export.ExportNoticeUseCase;
import com.pingyi.evaluation.application.port.in.scoreimport.ImportScoresUseCase;
import com.pingyi.evaluation.ui.i18n.TranslationProvider;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.util.unit.DataSize;

/** A build without the notice renderer or the score importer still starts, and says 503 where they would answer. */
class ApiWithoutOtherPartsTest {

    private final DefaultListableBeanFactory nothing = new DefaultListableBeanFactory();
    private final MockMvc mvc = MockMvcBuilders
            .standaloneSetup(new NoticeApi(nothing.getBeanProvider(ExportNoticeUseCase.class), Clock.systemUTC()),
                    new ScoresApi(nothing.getBeanProvider(ImportScoresUseCase.class), DataSize.ofMegabytes(1)))
            .setControllerAdvice(new ApiProblems(new TranslationProvider()))
            .build();

    @Test
    void the_notice_is_503_not_available() throws Exception {
        mvc.perform(get("/api/rounds/{id}/notice.docx", "6f1c1a52-7d0e-4d0a-9d7e-6a1f9f0c2019"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:pingyi:problem:not-available"))
                .andExpect(jsonPath("$.detail").value("本系统暂不提供操作 ExportNotice。"));
    }

    @Test
    void the_score_import_is_503_not_available() throws Exception {
        mvc.perform(multipart("/api/rounds/{id}/scores", "6f1c1a52-7d0e-4d0a-9d7e-6a1f9f0c2019")
                        .file(new MockMultipartFile("file", "scores.csv", "text/csv", new byte[] {1})))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.type").value("urn:pingyi:problem:not-available"));
    }
}
