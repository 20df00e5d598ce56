package com.pingyi.evaluation.application.service.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pingyi.evaluation.application.fakes.InMemoryAudit;
import com.pingyi.evaluation.application.fakes.InMemoryRounds;
import com.pingyi.evaluation.application.port.in.export.ExportNotice;
import com.pingyi.evaluation.application.port.in.export.ExportResults;
import com.pingyi.evaluation.application.port.in.export.ExportRoundAudit;
import com.pingyi.evaluation.application.port.in.export.NoticeFormat;
import com.pingyi.evaluation.application.port.out.AuditRecord;
import com.pingyi.evaluation.application.readmodel.RenderedFile;
import com.pingyi.evaluation.application.readmodel.ResultsTable;
import com.pingyi.evaluation.domain.demo.Shanghai2019DemoRound;
import com.pingyi.evaluation.domain.notice.Notice;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.round.RoundContents;
import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.scheme.Indicator;
import com.pingyi.evaluation.domain.score.ScoreEntry;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The export use cases against in-memory fakes: what is rendered, what is refused, how the CSV is written. */
class ExportServicesTest {

    private static final LocalDate DAY = LocalDate.of(2020, 4, 16);

    private final InMemoryRounds rounds = new InMemoryRounds();
    private final List<Notice> rendered = new ArrayList<>();
    private final List<ResultsTable> tables = new ArrayList<>();

    private RoundId store(EvaluationRound round) {
        return rounds.saveRound(round).id();
    }

    @Test
    void the_notice_is_composed_like_the_preview_cross_checked_and_named_for_its_round() {
        RoundId id = store(Shanghai2019DemoRound.build());
        var export = ExportServices.exportNotice(rounds, (notice, format) -> {
            rendered.add(notice);
            return format.name().getBytes(StandardCharsets.US_ASCII);
        });

        RenderedFile docx = export.exportNotice(new ExportNotice(id, NoticeFormat.DOCX, DAY, null));
        RenderedFile html = export.exportNotice(new ExportNotice(id, NoticeFormat.HTML, DAY, null));

        assertThat(rendered.getFirst()).isEqualTo(rounds.loadRound(id).orElseThrow().previewNotice(DAY));
        assertThat(rendered.getFirst().dateText()).isEqualTo("2020年4月16日");
        assertThat(docx.fileName()).isEqualTo(Shanghai2019DemoRound.TITLE + "-通知.docx");
        assertThat(docx.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(new String(docx.content(), StandardCharsets.US_ASCII)).isEqualTo("DOCX");
        assertThat(html.fileName()).endsWith("-通知.html");
        assertThat(html.contentType()).isEqualTo("text/html; charset=UTF-8");
    }

    @Test
    void a_published_round_gives_the_notice_as_issued_in_the_version_asked_for() {
        RoundId id = store(Shanghai2019DemoRound.published());
        var export = ExportServices.exportNotice(rounds, (notice, format) -> {
            rendered.add(notice);
            return new byte[0];
        });

        export.exportNotice(new ExportNotice(id, NoticeFormat.DOCX, LocalDate.of(2030, 1, 1), 1));

        assertThat(rendered.getFirst().dateText()).isEqualTo("2020年4月16日");
        assertThatThrownBy(() -> export.exportNotice(new ExportNotice(id, NoticeFormat.DOCX, DAY, 2)))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("messageKey", "notice.version-unknown");
    }

    @Test
    void a_notice_that_leaves_a_unit_out_without_a_reason_is_refused_and_nothing_is_rendered() {
        EvaluationRound demo = Shanghai2019DemoRound.build();
        UnitId baoshan = Shanghai2019DemoRound.unitId("宝山");
        // Nothing applies to 宝山: it has no rate, so no band names it and no reason leaves it out.
        RoundContents c = demo.contents();
        List<ScoreEntry> scores = new ArrayList<>(c.scores().stream().filter(e -> !e.unit().equals(baoshan)).toList());
        for (Indicator indicator : c.scheme().indicators()) {
            scores.add(new ScoreEntry.NotApplicable(baoshan, indicator.code(), "测试"));
        }
        RoundContents orphan = new RoundContents(c.scheme(), c.scale(), c.displayPrecision(), c.spreadLimit(), c.units(),
                c.withdrawals(), scores, c.findings(), c.rectifications(), c.carriedRectifications(), c.amendments(),
                c.noticeSettings(), c.publications(), c.clonedFrom(), c.scorers());
        RoundId id = store(EvaluationRound.restore(demo.id(), demo.year(), demo.title(), demo.status(), 0, orphan));
        var export = ExportServices.exportNotice(rounds, (notice, format) -> {
            rendered.add(notice);
            return new byte[0];
        });

        assertThatThrownBy(() -> export.exportNotice(new ExportNotice(id, NoticeFormat.DOCX, DAY, null)))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "export.notice-units-unaccounted")
                .satisfies(e -> assertThat(((DomainException) e).arguments()).containsExactly(1, "宝山区教育局"));
        assertThat(rendered).isEmpty();
    }

    @Test
    void an_unknown_round_is_named_in_the_refusal() {
        RoundId nowhere = RoundId.newId();
        var export = ExportServices.exportResults(rounds, table -> new byte[0]);

        assertThatThrownBy(() -> export.exportResults(new ExportResults(nowhere)))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("messageKey", "round.not-found");
    }

    @Test
    void the_results_table_holds_the_domain_s_ranking_with_rates_rounded_as_shown() {
        EvaluationRound demo = Shanghai2019DemoRound.build();
        RoundId id = store(demo);
        RenderedFile file = ExportServices.exportResults(rounds, table -> {
            tables.add(table);
            return new byte[] {1};
        }).exportResults(new ExportResults(id));

        ResultsTable table = tables.getFirst();
        assertThat(file.fileName()).isEqualTo(Shanghai2019DemoRound.TITLE + "-评议结果.xlsx");
        assertThat(table.dimensions()).containsExactly("政府信息公开", "网上办事与服务", "网上互动交流", "网站呈现形式");
        assertThat(table.rows()).hasSize(16);
        var ranked = demo.results().ranked();
        for (int k = 0; k < ranked.size(); k++) {
            ResultsTable.Row row = table.rows().get(k);
            assertThat(row.unitName()).isEqualTo(ranked.get(k).unit().name());
            assertThat(row.rank()).isEqualTo(ranked.get(k).rank());
            assertThat(row.scoreRate()).isEqualTo(ranked.get(k).rate().percent());
            assertThat(row.dimensionRates()).hasSize(4).allSatisfy(r -> assertThat(r.scale()).isEqualTo(2));
        }
        assertThat(table.rows().getFirst().unitName()).isEqualTo("黄浦区教育局");
        assertThat(table.rows().getLast().unitName()).isEqualTo("宝山区教育局");
        assertThat(table.rows().getLast().named()).isFalse();
    }

    @Test
    void the_audit_csv_has_a_bom_every_entry_of_the_round_quoted_where_needed_and_no_formula() {
        InMemoryAudit audit = new InMemoryAudit();
        RoundId round = RoundId.newId();
        Instant at = Instant.parse("2020-04-16T02:00:00Z");
        audit.append(new AuditRecord(at, "admin", "RenameRound", "EvaluationRound", round.toString(), "{\"title\":\"a, \\\"b\\\"\"}", "=HYPERLINK(\"x\")"));
        audit.append(new AuditRecord(at, "admin", "RenameRound", "EvaluationRound", RoundId.newId().toString(), null, "other round"));
        audit.append(new AuditRecord(at, "@evil", "AddFinding", "EvaluationRound", round.toString(), "-1+2", "第一行\n第二行"));
        for (int k = 0; k < 600; k++) {
            audit.append(new AuditRecord(at, "admin", "RecordScore", "EvaluationRound", round.toString(), null, "+" + k));
        }

        RenderedFile file = ExportServices.exportRoundAudit(audit).exportRoundAudit(new ExportRoundAudit(round));

        byte[] bytes = file.content();
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(file.contentType()).isEqualTo("text/csv; charset=UTF-8");
        assertThat(text).startsWith("序号,时间,操作人,操作,对象类型,对象标识,变更前,变更后\r\n");
        assertThat(text).doesNotContain("other round");
        // 602 entries of this round across two pages of 500, each once: 602 rows + the header, the
        // embedded line break inside its quoted field aside.
        assertThat(text.split("\r\n")).hasSize(603);
        assertThat(text).contains(",2020-04-16T10:00:00+08:00,'@evil,AddFinding,EvaluationRound," + round + ",'-1+2,\"第一行\n第二行\"\r\n");
        assertThat(text).contains(",\"{\"\"title\"\":\"\"a, \\\"\"b\\\"\"\"\"}\",\"'=HYPERLINK(\"\"x\"\")\"\r\n");
        assertThat(text).contains(",'+599\r\n").doesNotContain(",+599");
    }

    @Test
    void a_csv_field_is_guarded_against_formulas_and_quoted_only_when_needed() {
        assertThat(Csv.field(null)).isEmpty();
        assertThat(Csv.field("黄浦区教育局")).isEqualTo("黄浦区教育局");
        assertThat(Csv.field("=1+1")).isEqualTo("'=1+1");
        assertThat(Csv.field("+1")).isEqualTo("'+1");
        assertThat(Csv.field("-1")).isEqualTo("'-1");
        assertThat(Csv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.field("\t=1")).isEqualTo("'\t=1");
        assertThat(Csv.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(Csv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Csv.field("=a,b")).isEqualTo("\"'=a,b\"");
        assertThat(Csv.field("1-2")).isEqualTo("1-2");
    }
}
