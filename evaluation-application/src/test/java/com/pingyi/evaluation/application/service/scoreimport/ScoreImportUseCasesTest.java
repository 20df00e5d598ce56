package com.pingyi.evaluation.application.service.scoreimport;

import static org.assertj.core.api.Assertions.assertThat;

import com.pingyi.evaluation.application.fakes.InMemoryAudit;
import com.pingyi.evaluation.application.fakes.InMemoryRounds;
import com.pingyi.evaluation.application.port.in.scoreimport.DownloadScoreTemplate;
import com.pingyi.evaluation.application.port.in.scoreimport.ImportScores;
import com.pingyi.evaluation.application.port.in.scoreimport.PreviewScoreImport;
import com.pingyi.evaluation.application.port.in.scoreimport.RenderScoreImportReport;
import com.pingyi.evaluation.application.port.in.scoreimport.ScoreImportPreview;
import com.pingyi.evaluation.application.port.in.scoreimport.ScoreImportProblem;
import com.pingyi.evaluation.application.port.in.scoreimport.ScoreImportResult;
import com.pingyi.evaluation.application.port.out.ScoreFile;
import com.pingyi.evaluation.application.port.out.ScoreFileReaderPort;
import com.pingyi.evaluation.application.port.out.WorkbookWriterPort;
import com.pingyi.evaluation.application.readmodel.RenderedFile;
import com.pingyi.evaluation.domain.demo.Shanghai2019DemoRound;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.round.EvaluationYear;
import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.scheme.EvaluationMethod;
import com.pingyi.evaluation.domain.unit.EvaluatedUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The import use cases against fakes of the file ports: all or nothing, one audit entry, nothing from a preview. */
class ScoreImportUseCasesTest {

    final InMemoryRounds rounds = new InMemoryRounds();
    final InMemoryAudit audit = new InMemoryAudit();
    final List<List<WorkbookWriterPort.Table>> written = new ArrayList<>();
    ScoreFile file;
    final ScoreFileReaderPort reader = (name, content, sheet, maxRows) -> file;
    final WorkbookWriterPort writer = sheets -> {
        written.add(sheets);
        return new byte[] {1};
    };
    final ScoreImportServices services = new ScoreImportServices(rounds, rounds, audit.trail(), reader, writer,
            new ScoreImportLimits(1_000, 100));

    private RoundId openRound() {
        EvaluationRound round = EvaluationRound.draft(EvaluationYear.of(2021), "2021年度评议");
        round.defineScheme(Shanghai2019DemoRound.scheme());
        round.addUnit(EvaluatedUnit.of(Shanghai2019DemoRound.unitId("黄浦"), "黄浦区教育局"));
        round.addUnit(EvaluatedUnit.of(Shanghai2019DemoRound.unitId("徐汇"), "徐汇区教育局"));
        round.open();
        return rounds.saveRound(round).id();
    }

    private static ScoreFile.Row row(int number, String... values) {
        List<ScoreFile.Cell> cells = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (!values[i].isEmpty()) {
                cells.add(new ScoreFile.Cell.Text(i, values[i]));
            }
        }
        return new ScoreFile.Row(number, cells);
    }

    private static ScoreFile sheet(ScoreFile.Row... data) {
        List<ScoreFile.Row> rows = new ArrayList<>();
        rows.add(row(1, ScoreSheetLayout.HEADERS.toArray(String[]::new)));
        rows.addAll(List.of(data));
        return new ScoreFile("XLSX", null, "评分", rows, List.of(), null);
    }

    @Test
    void a_clean_file_is_written_whole_with_one_audit_entry_that_counts_it() {
        RoundId id = openRound();
        long version = rounds.loadRound(id).orElseThrow().version();
        file = sheet(row(2, "黄浦区教育局", "", "GK04", "", "", "", "", "expert-1", "18.5", ""),
                row(3, "徐汇区教育局", "", "HD02", "", "", "", "", "", "否", ""));

        ScoreImportResult result = services.importScores().importScores(new ImportScores(id, "scores.xlsx", new byte[10]));

        assertThat(result).isEqualTo(new ScoreImportResult(true, 2, 2, List.of()));
        assertThat(rounds.loadRound(id).orElseThrow().scores().entries()).hasSize(2);
        assertThat(rounds.loadRound(id).orElseThrow().version()).isEqualTo(version + 1);
        assertThat(audit.records()).singleElement().satisfies(r -> {
            assertThat(r.useCase()).isEqualTo("ImportScores");
            assertThat(r.after()).contains("\"scoresWritten\":2").contains("\"rowsRead\":2").contains("scores.xlsx");
        });
    }

    @Test
    void one_wrong_row_among_good_ones_writes_nothing_and_audits_nothing() {
        RoundId id = openRound();
        long version = rounds.loadRound(id).orElseThrow().version();
        file = sheet(row(2, "黄浦区教育局", "", "GK04", "", "", "", "", "expert-1", "18.5", ""),
                row(3, "徐汇区教育局", "", "GK04", "", "", "", "", "expert-1", "21", ""));

        ScoreImportResult result = services.importScores().importScores(new ImportScores(id, "scores.xlsx", new byte[10]));

        assertThat(result.written()).isFalse();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo("OUT_OF_RANGE");
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.column()).isEqualTo("I（分值）");
            assertThat(p.message()).isEqualTo("分值21超出范围：指标GK04的分值应在0到20.00之间。");
        });
        assertThat(rounds.loadRound(id).orElseThrow().scores().entries()).isEmpty();
        assertThat(rounds.loadRound(id).orElseThrow().version()).isEqualTo(version);
        assertThat(audit.records()).isEmpty();
    }

    @Test
    void a_preview_shows_the_rows_and_writes_nothing() {
        RoundId id = openRound();
        file = sheet(row(2, "黄浦区教育局", "", "KF01", "", "", "", "", "", "1.5", "违规一次"),
                row(3, "徐汇区教育局", "", "GK01", "", "", "", "", "", "不适用", "无此项"));

        ScoreImportPreview preview = services.previewScoreImport().previewScoreImport(new PreviewScoreImport(id, "a.csv", new byte[10]));

        assertThat(preview.importable()).isTrue();
        assertThat(preview.rows()).extracting(r -> r.entry()).containsExactly("VIOLATION", "NOT_APPLICABLE");
        assertThat(rounds.loadRound(id).orElseThrow().scores().entries()).isEmpty();
        assertThat(audit.records()).isEmpty();
    }

    @Test
    void a_file_over_the_size_limit_and_a_closed_round_are_named_problems() {
        RoundId id = openRound();
        file = sheet(row(2, "黄浦区教育局", "", "GK04", "", "", "", "", "expert-1", "18.5", ""));
        assertThat(services.importScores().importScores(new ImportScores(id, "big.xlsx", new byte[1_001])).problems())
                .extracting(ScoreImportProblem::rule).containsExactly("FILE_TOO_LARGE");

        RoundId closed = rounds.saveRound(Shanghai2019DemoRound.build()).id();
        file = sheet(row(2, "黄浦区教育局", "", "GK04", "", "", "", "", "expert-1", "18.5", ""));
        assertThat(services.importScores().importScores(new ImportScores(closed, "late.xlsx", new byte[10])).problems())
                .extracting(ScoreImportProblem::rule).containsExactly("round.wrong-status");
        assertThat(audit.records()).isEmpty();
    }

    @Test
    void the_template_has_a_row_per_active_unit_and_indicator_of_the_method_and_the_report_a_row_per_problem() {
        RoundId id = openRound();

        RenderedFile template = services.downloadScoreTemplate().downloadScoreTemplate(
                new DownloadScoreTemplate(id, EvaluationMethod.EXPERT_ONLINE_REVIEW));

        assertThat(template.fileName()).isEqualTo("score-template-2021-expert-online-review.xlsx");
        WorkbookWriterPort.Table sheet = written.getLast().getFirst();
        assertThat(sheet.name()).isEqualTo("评分");
        assertThat(sheet.header()).isEqualTo(ScoreSheetLayout.HEADERS);
        long expertIndicators = Shanghai2019DemoRound.scheme().indicators().stream()
                .filter(i -> i.method() == EvaluationMethod.EXPERT_ONLINE_REVIEW).count();
        assertThat(expertIndicators).isGreaterThan(3);
        assertThat(sheet.rows()).hasSize((int) (2 * expertIndicators));
        assertThat(sheet.rows().getFirst()).startsWith(Shanghai2019DemoRound.unitId("黄浦").toString(), "黄浦区教育局", "GK04");

        services.renderScoreImportReport().renderScoreImportReport(new RenderScoreImportReport("a.xlsx",
                List.of(new ScoreImportProblem("评分", 3, "I（分值）", "x", "WRONG_TYPE", "“分值”应填数值，实际为“x”。"))));
        assertThat(written.getLast().getFirst().rows()).containsExactly(List.of("评分", "3", "I（分值）", "x", "WRONG_TYPE",
                "“分值”应填数值，实际为“x”。"));
    }
}
