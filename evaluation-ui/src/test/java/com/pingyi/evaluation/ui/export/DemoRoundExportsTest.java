package com.pingyi.evaluation.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.pingyi.evaluation.application.port.in.export.ExportNotice;
import com.pingyi.evaluation.application.port.in.export.ExportNoticeUseCase;
import com.pingyi.evaluation.application.port.in.export.ExportResults;
import com.pingyi.evaluation.application.port.in.export.ExportResultsUseCase;
import com.pingyi.evaluation.application.port.in.export.ExportRoundAudit;
import com.pingyi.evaluation.application.port.in.export.ExportRoundAuditUseCase;
import com.pingyi.evaluation.application.port.in.export.NoticeFormat;
import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.application.port.in.result.ListResults;
import com.pingyi.evaluation.application.port.in.result.ListResultsUseCase;
import com.pingyi.evaluation.application.port.in.round.ListRounds;
import com.pingyi.evaluation.application.port.in.round.ListRoundsUseCase;
import com.pingyi.evaluation.application.readmodel.RankedUnitView;
import com.pingyi.evaluation.application.readmodel.RenderedFile;
import com.pingyi.evaluation.domain.demo.Shanghai2019DemoRound;
import com.pingyi.evaluation.domain.round.RoundId;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The documents of the demo round through the real wiring, on H2 with the demo data stored at start:
 * the DOCX notice, opened with Apache POI, says what the seed (the 2020 notice itself) says, and the
 * workbook reads back as the ranking the results page shows.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:demo-exports;DB_CLOSE_DELAY=-1")
class DemoRoundExportsTest {

    private static final LocalDate NOTICE_DATE = LocalDate.of(2020, 4, 16);

    @Autowired
    ListRoundsUseCase listRounds;

    @Autowired
    ListResultsUseCase listResults;

    @Autowired
    ExportNoticeUseCase exportNotice;

    @Autowired
    ExportResultsUseCase exportResults;

    @Autowired
    ExportRoundAuditUseCase exportRoundAudit;

    RoundId demo;

    @BeforeEach
    void signIn() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "auditor", null, List.of(new SimpleGrantedAuthority("ROLE_AUDITOR"))));
        demo = listRounds.listRounds(new ListRounds(PageRequest.first(10))).items().stream()
                .filter(r -> r.title().equals(Shanghai2019DemoRound.TITLE)).findFirst().orElseThrow().id();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_docx_notice_reproduces_the_seed_s_attachment_lists_and_summary_sentences_exactly() throws IOException {
        RenderedFile file = exportNotice.exportNotice(new ExportNotice(demo, NoticeFormat.DOCX, NOTICE_DATE, null));
        String seed = seed();

        List<String> paragraphs = new ArrayList<>();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(file.content()))) {
            doc.getParagraphs().stream().map(XWPFParagraph::getText).forEach(paragraphs::add);
        }

        // The attachment: everything after the line 附件 that starts its page, line by line.
        List<String> seedLines = seed.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        List<String> seedAttachment = seedLines.subList(seedLines.lastIndexOf("附件") + 1, seedLines.size());
        List<String> docAttachment = paragraphs.subList(paragraphs.lastIndexOf("附件") + 1, paragraphs.size());
        assertThat(seedAttachment).hasSize(7).startsWith("2019年区教育局政务公开优秀、良好、合格单位名单");
        assertThat(docAttachment).containsExactlyElementsOf(seedAttachment);

        // The summary sentences, as the seed joins them into one.
        Matcher summary = Pattern.compile("据此，确定[^。]*（具体名单见附件）。").matcher(seed);
        assertThat(summary.find()).isTrue();
        assertThat(paragraphs).anySatisfy(p -> assertThat(p).endsWith(summary.group()));
        assertThat(summary.group()).contains("黄浦区教育局等3家", "金山区教育局等2家", "松江区教育局等10家");

        // The figures computed from the measured values, in the seed's words, and the seed's closing lines.
        for (String sentence : List.of("主动公开率为100%的区教育局有15家。", "有11家区教育局公文信息公开属性认定做到了零误差。",
                "有15家区教育局开设了政务微博", "附件：2019年区教育局政务公开优秀、良好、合格单位名单", "2020年4月16日")) {
            assertThat(seed).contains(sentence);
            assertThat(String.join("\n", paragraphs)).contains(sentence);
        }
        assertThat(paragraphs.getFirst()).isEqualTo(seedLines.get(0) + seedLines.get(1));
        assertThat(paragraphs).contains("各区教育局：", "上海市教育委员会").doesNotContain("宝山区教育局");
        assertThat(String.join("", paragraphs)).doesNotContain("宝山");
        assertThat(file.fileName()).isEqualTo(Shanghai2019DemoRound.TITLE + "-通知.docx");
    }

    @Test
    void the_html_notice_is_the_same_notice_as_a_standalone_page() {
        RenderedFile file = exportNotice.exportNotice(new ExportNotice(demo, NoticeFormat.HTML, NOTICE_DATE, null));
        String html = new String(file.content(), StandardCharsets.UTF_8);

        assertThat(file.contentType()).isEqualTo("text/html; charset=UTF-8");
        assertThat(html).contains("<p class=\"attachment-list\">松江区教育局、青浦区教育局、浦东新区教育局、嘉定区教育局、崇明区教育局、"
                + "虹口区教育局、静安区教育局、徐汇区教育局、奉贤区教育局、长宁区教育局</p>");
    }

    @Test
    void the_results_workbook_reads_back_as_the_ranking_with_exact_decimal_strings() throws IOException {
        RenderedFile file = exportResults.exportResults(new ExportResults(demo));
        List<RankedUnitView> shown = listResults.listResults(new ListResults(demo, PageRequest.first(50))).items();

        DataFormatter format = new DataFormatter();
        List<String> read = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file.content()))) {
            for (Row row : wb.getSheetAt(0)) {
                read.add(format.formatCellValue(row.getCell(0)) + " " + format.formatCellValue(row.getCell(1)) + " "
                        + format.formatCellValue(row.getCell(2)) + " " + format.formatCellValue(row.getCell(3)));
            }
            assertThat((int) wb.getSheetAt(0).getRow(0).getLastCellNum()).isEqualTo(6 + 4);
        }
        List<String> expected = new ArrayList<>(List.of("排名 单位 得分率（%） 档次"));
        shown.forEach(r -> expected.add(r.rank() + " " + r.unitName() + " " + r.scoreRate().toPlainString() + " " + r.band()));
        assertThat(shown).hasSize(16);
        assertThat(read).containsExactlyElementsOf(expected);
        assertThat(read.get(1)).startsWith("1 黄浦区教育局 9");
    }

    @Test
    void the_audit_csv_of_the_round_opens_with_its_byte_order_mark_and_header() {
        RenderedFile file = exportRoundAudit.exportRoundAudit(new ExportRoundAudit(demo));

        byte[] bytes = file.content();
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)).startsWith("序号,时间,操作人,操作,对象类型,对象标识,变更前,变更后\r\n");
        assertThat(file.fileName()).isEqualTo("评议审计记录-" + demo + ".csv");
    }

    private static String seed() throws IOException {
        try (InputStream in = DemoRoundExportsTest.class.getResourceAsStream("/seed/notice-2019-shanghai-education.txt")) {
            assertThat(in).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
