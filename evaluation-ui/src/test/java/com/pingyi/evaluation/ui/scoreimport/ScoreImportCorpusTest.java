package com.pingyi.evaluation.ui.scoreimport;

import static com.pingyi.evaluation.ui.scoreimport.ScoreFiles.HEADERS;
import static com.pingyi.evaluation.ui.scoreimport.ScoreFiles.text;
import static com.pingyi.evaluation.ui.scoreimport.ScoreFiles.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pingyi.evaluation.application.port.in.scoreimport.ImportScores;
import com.pingyi.evaluation.application.port.in.scoreimport.ImportScoresUseCase;
import com.pingyi.evaluation.application.port.in.scoreimport.PreviewScoreImport;
import com.pingyi.evaluation.application.port.in.scoreimport.PreviewScoreImportUseCase;
import com.pingyi.evaluation.application.port.in.scoreimport.ScoreImportPreview;
import com.pingyi.evaluation.application.port.in.scoreimport.ScoreImportProblem;
import com.pingyi.evaluation.application.port.in.scoreimport.ScoreImportResult;
import com.pingyi.evaluation.domain.demo.Shanghai2019DemoRound;
import com.pingyi.evaluation.application.port.out.LoadRoundPort;
import com.pingyi.evaluation.application.port.out.SaveRoundPort;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.scheme.IndicatorCode;
import com.pingyi.evaluation.domain.score.ScoreEntry;
import com.pingyi.evaluation.domain.score.ScorerId;
import com.pingyi.evaluation.domain.shared.Points;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * quality.md R1 and R4 through the real wiring on H2: each bad file of the corpus is refused with its named
 * rule, the preview and the import agree, and nothing is written (no score row, no audit entry in the
 * database); one good file in XLSX (hand-made and written by POI), CSV UTF-8, CSV UTF-8 with BOM and GB18030 gives identical scores; a
 * failure at the store step leaves nothing. The limits are lowered here (200 KB, 50 rows) so that "too
 * large" files stay small.
 */
@SpringBootTest(properties = {"pingyi.demo-data.enabled=false", "spring.datasource.url=jdbc:h2:mem:score-import-corpus;DB_CLOSE_DELAY=-1",
        "pingyi.import.max-bytes=200000", "pingyi.import.max-rows=50"})
class ScoreImportCorpusTest {

    static final String HP = Shanghai2019DemoRound.unitId("黄浦").toString();
    static final String XH = Shanghai2019DemoRound.unitId("徐汇").toString();

    /** One bad file: its name, its bytes, the rule it must be refused with. */
    record Case(String fileName, Supplier<byte[]> content, String rule) {
    }

    /** The real store, failing after it wrote when asked to: the import's transaction must take all of it back. */
    @TestConfiguration
    static class FailingStore {
        static volatile boolean fail;

        @Bean
        @Primary
        SaveRoundPort failingAfterWriting(@Qualifier("roundPersistenceAdapter") SaveRoundPort real) {
            return round -> {
                EvaluationRound saved = real.saveRound(round);
                if (fail) {
                    throw new IllegalStateException("the disk is full (simulated after the rows were written)");
                }
                return saved;
            };
        }
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    LoadRoundPort rounds;
    @Autowired
    ImportScoresUseCase importScores;
    @Autowired
    PreviewScoreImportUseCase preview;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void signIn() {
        ScoreImportRig.signInAsAdmin();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    static Map<String, Case> corpus() {
        Map<String, Case> c = new LinkedHashMap<>();
        c.put("an empty file", new Case("scores.xlsx", () -> new byte[0], "FILE_EMPTY"));
        c.put("a file over the size limit", new Case("scores.csv", () -> utf8(ScoreFiles.csv(HEADERS, List.of()) + " ".repeat(200_001)), "FILE_TOO_LARGE"));
        c.put("an XLSX with more rows than the limit", new Case("scores.xlsx", () -> {
            ScoreFiles.Sheet s = ScoreFiles.sheet();
            for (int i = 0; i < 51; i++) {
                s.row(HP, "", "GK04", "", "", "", "", "expert-" + i, "10", "");
            }
            return ScoreFiles.xlsx(s);
        }, "TOO_MANY_ROWS"));
        c.put("a CSV with more rows than the limit", new Case("scores.csv", () -> {
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i < 51; i++) {
                rows.add(List.of(HP, "", "GK04", "", "", "", "", "expert-" + i, "10", ""));
            }
            return utf8(ScoreFiles.csv(HEADERS, rows));
        }, "TOO_MANY_ROWS"));
        c.put("a PDF", new Case("scores.pdf", () -> utf8("%PDF-1.4 not a spreadsheet"), "UNSUPPORTED_FORMAT"));
        c.put("a legacy .xls workbook", new Case("scores.xls", ScoreFiles::legacyXls, "LEGACY_XLS"));
        c.put("a password-protected XLSX", new Case("scores.xlsx", () -> ScoreFiles.encrypted(ScoreFiles.xlsx(good())), "ENCRYPTED"));
        c.put("an XLSX with a VBA project", new Case("scores.xlsm", () -> {
            Map<String, byte[]> parts = ScoreFiles.parts(good());
            parts.put("xl/vbaProject.bin", new byte[] {1, 2, 3});
            return ScoreFiles.zip(parts);
        }, "MACRO_ENABLED"));
        c.put("an XLSX declared macro-enabled", new Case("scores.xlsm", () -> {
            Map<String, byte[]> parts = ScoreFiles.parts(good());
            parts.put("[Content_Types].xml", utf8(new String(parts.get("[Content_Types].xml"), StandardCharsets.UTF_8)
                    .replace("spreadsheetml.sheet.main+xml", "spreadsheetml.sheet.main+xml\"/><Default Extension=\"bin\" "
                            + "ContentType=\"application/vnd.ms-excel.sheet.macroEnabled.main+xml")));
            return ScoreFiles.zip(parts);
        }, "MACRO_ENABLED"));
        c.put("a zip bomb (a sheet inflating 300 times)", new Case("scores.xlsx", () -> {
            Map<String, byte[]> parts = ScoreFiles.parts(good());
            String sheet = new String(parts.get("xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8);
            parts.put("xl/worksheets/sheet1.xml", utf8(sheet.replace("<sheetData>", "<sheetData>" + " ".repeat(30_000_000))));
            return ScoreFiles.zip(parts);
        }, "ZIP_BOMB"));
        c.put("billion laughs in the sheet", new Case("scores.xlsx", () -> {
            ScoreFiles.Sheet s = good();
            s.prolog = "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                    + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>";
            s.rawRow(text("J", s.nextRow(), "&lol3;").replace("&amp;lol3;", "&lol3;"));
            return ScoreFiles.xlsx(s);
        }, "XML_ENTITY"));
        c.put("an external entity (XXE) in the shared strings", new Case("scores.xlsx", () -> {
            Map<String, byte[]> parts = ScoreFiles.parts(good());
            parts.put("xl/sharedStrings.xml", utf8("<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                    + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>&xxe;</t></si></sst>"));
            return ScoreFiles.zip(parts);
        }, "XML_ENTITY"));
        c.put("a DOCTYPE in the content types", new Case("scores.xlsx", () -> {
            Map<String, byte[]> parts = ScoreFiles.parts(good());
            parts.put("[Content_Types].xml", utf8(new String(parts.get("[Content_Types].xml"), StandardCharsets.UTF_8)
                    .replace("<Types", "<!DOCTYPE Types [<!ENTITY e SYSTEM \"http://example.invalid/\">]><Types")));
            return ScoreFiles.zip(parts);
        }, "XML_ENTITY"));
        c.put("a DOCTYPE hidden after a long comment", new Case("scores.xlsx", () -> {
            ScoreFiles.Sheet s = good();
            s.prolog = "<!--" + "x".repeat(20_000) + "--><!DOCTYPE worksheet [<!ENTITY a \"b\">]>";
            return ScoreFiles.xlsx(s);
        }, "XML_ENTITY"));
        c.put("a ZIP that is no workbook", new Case("scores.xlsx", () -> ScoreFiles.zip(Map.of("readme.txt", utf8("hello"))), "UNREADABLE_FILE"));
        c.put("a truncated XLSX", new Case("scores.xlsx", () -> {
            byte[] whole = ScoreFiles.xlsx(good());
            return Arrays.copyOf(whole, whole.length / 2);
        }, "UNREADABLE_FILE"));
        c.put("a CSV in neither UTF-8 nor GB18030", new Case("scores.csv", () -> new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0xFF, 0x41, (byte) 0x80},
                "UNREADABLE_ENCODING"));
        c.put("a workbook without the 评分 sheet", new Case("scores.xlsx", () -> {
            ScoreFiles.Sheet s = new ScoreFiles.Sheet("Sheet1", HEADERS);
            s.row(HP, "", "GK04", "", "", "", "", "expert-1", "10", "");
            return ScoreFiles.xlsx(s);
        }, "WRONG_SHEET"));
        c.put("renamed headers", new Case("scores.xlsx", () -> {
            List<String> headers = new ArrayList<>(HEADERS);
            headers.set(8, "得分");
            return ScoreFiles.xlsx(new ScoreFiles.Sheet("评分", headers).row(HP, "", "GK04", "", "", "", "", "expert-1", "10", ""));
        }, "WRONG_HEADERS"));
        c.put("a CSV with a column missing", new Case("scores.csv", () -> utf8(ScoreFiles.csv(HEADERS.subList(0, 9),
                List.of(List.of(HP, "", "GK04", "", "", "", "", "expert-1", "10")))), "WRONG_HEADERS"));
        c.put("headers only", new Case("scores.xlsx", () -> ScoreFiles.xlsx(ScoreFiles.sheet()), "NO_ROWS"));
        c.put("a blank value", new Case("scores.xlsx", () -> ScoreFiles.xlsx(good().row(XH, "", "GK05", "", "", "", "", "expert-1", "", "")), "BLANK_CELL"));
        c.put("a blank unit code", new Case("scores.xlsx", () -> ScoreFiles.xlsx(good().row("", "", "GK05", "", "", "", "", "expert-1", "10", "")), "BLANK_CELL"));
        c.put("a score without its scorer", new Case("scores.csv", () -> utf8(ScoreFiles.csv(HEADERS,
                List.of(List.of(XH, "", "GK05", "", "", "", "", "", "10", "")))), "BLANK_CELL"));
        c.put("text where a number belongs", new Case("scores.xlsx", () -> ScoreFiles.xlsx(good().row(XH, "", "GK05", "", "", "", "", "expert-1", "二十", "")), "WRONG_TYPE"));
        c.put("a boolean where points belong", new Case("scores.xlsx", () -> {
            ScoreFiles.Sheet s = good();
            int r = s.nextRow();
            return ScoreFiles.xlsx(s.rawRow(text("A", r, XH) + text("C", r, "GK05") + text("H", r, "expert-1")
                    + "<c r=\"I" + r + "\" t=\"b\"><v>1</v></c>"));
        }, "WRONG_TYPE"));
        c.put("NaN in a CSV", new Case("scores.csv", () -> utf8(ScoreFiles.csv(HEADERS, List.of(List.of(XH, "", "GK05", "", "", "", "", "expert-1", "NaN", "")))),
                "NOT_A_NUMBER"));
        c.put("Infinity in an XLSX", new Case("scores.xlsx", () -> ScoreFiles.xlsx(good().row(XH, "", "GK05", "", "", "", "", "expert-1", "Infinity", "")),
                "NOT_A_NUMBER"));
        c.put("points over the maximum", new Case("scores.xlsx", () -> ScoreFiles.xlsx(good().row(XH, "", "GK05", "", "", "", "", "expert-1", "30.01", "")),
                "OUT_OF_RANGE"));
        c.put("negative points", new Case("scores.csv", () -> utf8(ScoreFiles.csv(HEADERS, List.of(List.of(XH, "", "GK05", "", "", "", "", "expert-1", "-1", "")))),
                "OUT_OF_RANGE"));
        c.put("a formula in an XLSX", new Case("scores.xlsx", () -> {
            ScoreFiles.Sheet s = good();
            int r = s.nextRow();
            return ScoreFiles.xlsx(s.rawRow(text("A", r, XH) + text("C", r, "GK05") + text("H", r, "expert-1")
                    + "<c r=\"I" + r + "\"><f>SUM(10,5)</f><v>15</v></c>"));
        }, "FORMULA"));
        c.put("a formula in a CSV", new Case("scores.csv", () -> utf8(ScoreFiles.csv(HEADERS, List.of(List.of(XH, "", "GK05", "", "", "", "", "expert-1", "=10+5", "")))),
                "FORMULA"));
        c.put("an error value", new Case("scores.xlsx", () -> {
            ScoreFiles.Sheet s = good();
            int r = s.nextRow();
            return ScoreFiles.xlsx(s.rawRow(text("A", r, XH) + text("C", r, "GK05") + text("H", r, "expert-1")
                    + "<c r=\"I" + r + "\" t=\"e\"><v>#DIV/0!</v></c>"));
        }, "ERROR_CELL"));
        c.put("merged cells", new Case("scores.xlsx", () -> {
            ScoreFiles.Sheet s = good().row(XH, "", "GK05", "", "", "", "", "expert-1", "20", "");
            s.merges = "<mergeCells count=\"1\"><mergeCell ref=\"A2:A3\"/></mergeCells>";
            return ScoreFiles.xlsx(s);
        }, "MERGED_CELL"));
        c.put("an unknown unit", new Case("scores.xlsx", () -> ScoreFiles.xlsx(good().row("宝山区教育局", "", "GK05", "", "", "", "", "expert-1", "20", "")),
                "UNKNOWN_UNIT"));
        c.put("an unknown indicator", new Case("scores.xlsx", () -> ScoreFiles.xlsx(good().row(XH, "", "GK99", "", "", "", "", "expert-1", "20", "")),
                "UNKNOWN_INDICATOR"));
        c.put("the same score twice", new Case("scores.xlsx", () -> ScoreFiles.xlsx(good().row(HP, "", "GK04", "", "", "", "", "expert-1", "12", "")),
                "DUPLICATE_ROW"));
        c.put("a cell beyond the template columns", new Case("scores.xlsx", () -> ScoreFiles.xlsx(good().row(XH, "", "GK05", "", "", "", "", "expert-1", "20", "", "多余")),
                "EXTRA_CELL"));
        c.put("three decimals (a rule of the domain)", new Case("scores.xlsx", () -> ScoreFiles.xlsx(good().row(XH, "", "GK05", "", "", "", "", "expert-1", "20.125", "")),
                "points.too-many-decimals"));
        c.put("a failed veto without its reason (a rule of the domain)", new Case("scores.xlsx",
                () -> ScoreFiles.xlsx(good().row(XH, "", "FJ01", "", "", "", "", "", "不通过", "")), "veto.reason-required"));
        c.put("a yes/no answer to a rate (a rule of the domain)", new Case("scores.xlsx",
                () -> ScoreFiles.xlsx(good().row(XH, "", "GK01", "", "", "", "", "", "是", "")), "measured.wrong-type"));
        return c;
    }

    /** A valid start to which a case adds its one wrong row. */
    static ScoreFiles.Sheet good() {
        return ScoreFiles.sheet().row(HP, "黄浦区教育局", "GK04", "重大政策文件解读", "", "", "", "expert-1", "18.5", "");
    }

    @TestFactory
    List<DynamicTest> every_bad_file_is_refused_with_its_named_rule_and_nothing_is_written() {
        Map<String, Case> corpus = corpus();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(30);
        assertThat(corpus.values().stream().map(Case::rule).distinct()).hasSizeGreaterThanOrEqualTo(25);
        ScoreImportRig.signInAsAdmin();
        RoundId round = ScoreImportRig.openRound(context, "R1 坏文件");
        return corpus.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey() + " -> " + e.getValue().rule(), () -> {
            // a dynamic test runs outside @BeforeEach
            ScoreImportRig.signInAsAdmin();
            byte[] bytes = e.getValue().content().get();
            ScoreImportPreview previewed = preview.previewScoreImport(new PreviewScoreImport(round, e.getValue().fileName(), bytes));
            ScoreImportResult result = importScores.importScores(new ImportScores(round, e.getValue().fileName(), bytes));

            assertThat(previewed.importable()).isFalse();
            assertThat(previewed.problems()).extracting(ScoreImportProblem::rule).contains(e.getValue().rule());
            assertThat(result.written()).isFalse();
            assertThat(result.scoresWritten()).isZero();
            assertThat(result.problems()).isEqualTo(previewed.problems());
            assertThat(result.problems()).filteredOn(p -> p.rule().equals(e.getValue().rule())).allSatisfy(p -> {
                assertThat(p.message()).isNotBlank().doesNotContain(p.rule()).containsPattern("\\p{IsHan}");
            });
            assertThat(jdbc.queryForObject("select count(*) from score_entry where round_id = ?", Long.class, round.value())).isZero();
            assertThat(jdbc.queryForObject("select count(*) from audit_entry where use_case = 'ImportScores' and aggregate_id = ?",
                    Long.class, round.toString())).isZero();
        })).toList();
    }

    /** The same scores in every format the import reads. */
    static final List<List<String>> GOOD = List.of(
            List.of(HP, "黄浦区教育局", "GK04", "重大政策文件解读", "专家网上评议", "得分", "20", "expert-1", "18.5", ""),
            List.of(HP, "黄浦区教育局", "GK04", "重大政策文件解读", "专家网上评议", "得分", "20", "expert-2", "17", ""),
            List.of(HP, "黄浦区教育局", "GK01", "主动公开率", "资料查阅", "测量值", "10", "", "95.5", ""),
            List.of(HP, "黄浦区教育局", "HD02", "政务微博", "第三方测评", "测量值", "15", "", "是", ""),
            List.of(HP, "黄浦区教育局", "FJ01", "发布严重错误或泄密信息", "第三方测评", "单项否决", "1", "", "通过", ""),
            List.of(HP, "黄浦区教育局", "KF01", "信息发布违规", "资料查阅", "扣分", "5", "", "1.5", "未按时更新，扣分一次"),
            List.of(XH, "徐汇区教育局", "GK05", "重点领域信息公开", "专家网上评议", "得分", "30", "expert-1", "25", ""),
            List.of(XH, "徐汇区教育局", "BS01", "权责清单与办事指南", "第三方测评", "得分", "50", "assessor-1", "40.25", ""),
            List.of(XH, "徐汇区教育局", "FJ01", "发布严重错误或泄密信息", "第三方测评", "单项否决", "1", "", "不通过", "泄露个人信息"),
            List.of("长宁区教育局", "长宁区教育局", "HD03", "政务微信", "第三方测评", "测量值", "15", "", "否", ""),
            List.of("长宁区教育局", "长宁区教育局", "GK06", "政府信息公开工作年度报告", "单位自查", "得分", "20", "changning", "18", ""),
            List.of("长宁区教育局", "长宁区教育局", "WZ01", "网站可用性与集约化", "第三方测评", "得分", "60", "", "不适用", "网站已整合至区政府门户"));

    @TestFactory
    List<DynamicTest> the_same_scores_in_xlsx_csv_utf8_with_and_without_bom_and_gb18030_are_written_identically() {
        ScoreFiles.Sheet sheet = ScoreFiles.sheet();
        GOOD.forEach(r -> sheet.row(r.toArray(String[]::new)));
        String csv = ScoreFiles.csv(HEADERS, GOOD);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("scores.xlsx", ScoreFiles.xlsx(sheet));
        files.put("scores-written-by-poi.xlsx", ScoreFiles.poiWorkbook(GOOD));
        files.put("scores-utf8.csv", ScoreFiles.encoded(csv, StandardCharsets.UTF_8, false));
        files.put("scores-utf8-bom.csv", ScoreFiles.encoded(csv, StandardCharsets.UTF_8, true));
        files.put("scores-gb18030.csv", ScoreFiles.encoded(csv, java.nio.charset.Charset.forName("GB18030"), false));
        List<List<ScoreEntry>> written = new ArrayList<>();
        return files.entrySet().stream().map(f -> DynamicTest.dynamicTest(f.getKey(), () -> {
            ScoreImportRig.signInAsAdmin();
            RoundId round = ScoreImportRig.openRound(context, "良好文件 " + f.getKey());
            ScoreImportPreview previewed = preview.previewScoreImport(new PreviewScoreImport(round, f.getKey(), f.getValue()));
            assertThat(previewed.problems()).isEmpty();
            assertThat(previewed.rows()).hasSize(GOOD.size());

            ScoreImportResult result = importScores.importScores(new ImportScores(round, f.getKey(), f.getValue()));

            assertThat(result.problems()).isEmpty();
            assertThat(result.written()).isTrue();
            assertThat(result.rowsRead()).isEqualTo(GOOD.size());
            assertThat(result.scoresWritten()).isEqualTo(GOOD.size());
            List<ScoreEntry> entries = rounds.loadRound(round).orElseThrow().scores().entries();
            assertThat(entries).hasSize(GOOD.size());
            assertThat(entries).contains(new ScoreEntry.Verified(Shanghai2019DemoRound.unitId("徐汇"), IndicatorCode.of("BS01"),
                    ScorerId.of("assessor-1"), Points.of("40.25")));
            assertThat(jdbc.queryForObject("select count(*) from score_entry where round_id = ?", Long.class, round.value()))
                    .isEqualTo(GOOD.size());
            assertThat(jdbc.queryForList("select after_state from audit_entry where use_case = 'ImportScores' and aggregate_id = ?",
                    String.class, round.toString())).singleElement().asString().contains("\"scoresWritten\":" + GOOD.size());
            written.add(entries);
            assertThat(written).allSatisfy(w -> assertThat(w).containsExactlyInAnyOrderElementsOf(written.getFirst()));
        })).toList();
    }

    @org.junit.jupiter.api.Test
    void a_failure_at_the_store_step_leaves_nothing_of_the_import() {
        RoundId round = ScoreImportRig.openRound(context, "R4 写入失败");
        ScoreFiles.Sheet sheet = ScoreFiles.sheet();
        GOOD.forEach(r -> sheet.row(r.toArray(String[]::new)));
        long audits = jdbc.queryForObject("select count(*) from audit_entry", Long.class);
        long version = rounds.loadRound(round).orElseThrow().version();

        FailingStore.fail = true;
        try {
            assertThatThrownBy(() -> importScores.importScores(new ImportScores(round, "scores.xlsx", ScoreFiles.xlsx(sheet))))
                    .hasMessageContaining("disk is full");
        } finally {
            FailingStore.fail = false;
        }

        assertThat(jdbc.queryForObject("select count(*) from score_entry where round_id = ?", Long.class, round.value())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry", Long.class)).isEqualTo(audits);
        assertThat(rounds.loadRound(round).orElseThrow().version()).isEqualTo(version);
    }
}
