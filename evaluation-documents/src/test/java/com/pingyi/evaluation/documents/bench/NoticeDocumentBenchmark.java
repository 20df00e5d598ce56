package com.pingyi.evaluation.documents.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.pingyi.evaluation.application.port.in.export.ExportNotice;
import com.pingyi.evaluation.application.port.in.export.ExportNoticeUseCase;
import com.pingyi.evaluation.application.port.in.export.NoticeFormat;
import com.pingyi.evaluation.application.readmodel.RenderedFile;
import com.pingyi.evaluation.application.service.export.ExportServices;
import com.pingyi.evaluation.documents.notice.NoticeDocumentAdapter;
import com.pingyi.evaluation.domain.demo.Shanghai2019DemoRound;
import com.pingyi.evaluation.domain.demo.SyntheticRound;
import com.pingyi.evaluation.domain.notice.Notice;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * quality.md P5, the harness of docs/benchmarks/notice-document.md: the notice of a national round
 * (3,000 units, ~1M scores) as DOCX through the export use case (compose with every figure computed,
 * cross-check, lay out, write), beside the domain composing the same notice alone, in the same run.
 * The round is in memory: loading it from the database is measured by the national-round harness.
 * Not a timed test: it asserts correctness only, prints the timings and writes them to
 * target/benchmarks/notice-document.txt. Runs only with {@code -Dpingyi.bench=true}.
 */
class NoticeDocumentBenchmark {

    private static final LocalDate DAY = LocalDate.of(2020, 4, 16);
    private static final int RUNS = 7;

    private final List<String> report = new ArrayList<>();

    @Test
    @EnabledIfSystemProperty(named = "pingyi.bench", matches = "true",
            disabledReason = "the notice-document harness runs only with -Dpingyi.bench=true")
    void the_notice_of_a_national_round_as_docx() throws IOException {
        line("java %s, %d cpus, max heap %d MB", Runtime.version(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        long start = System.nanoTime();
        EvaluationRound national = SyntheticRound.national(1);
        national.defineNotice(Shanghai2019DemoRound.noticeSettings());
        line("build SyntheticRound.national(1) in memory: %.0f ms (not measured below)", (System.nanoTime() - start) / 1e6);

        ExportNoticeUseCase export = ExportServices.exportNotice(id -> Optional.of(national), new NoticeDocumentAdapter());
        ExportNotice query = new ExportNotice(national.id(), NoticeFormat.DOCX, DAY, null);

        double[] baseline = new double[RUNS];
        double[] docx = new double[RUNS];
        RenderedFile file = null;
        Notice notice = null;
        // Warm-up: one of each, then the runs alternate so that both see the same machine.
        long p0 = System.nanoTime();
        try (XWPFDocument empty = new XWPFDocument()) {
            empty.createParagraph().createRun().setText("通知");
            empty.write(java.io.OutputStream.nullOutputStream());
        }
        line("first DOCX of the JVM, one paragraph (Apache POI and XMLBeans loading): %.0f ms", (System.nanoTime() - p0) / 1e6);
        long c0 = System.nanoTime();
        national.previewNotice(DAY);
        long c1 = System.nanoTime();
        export.exportNotice(query);
        long c2 = System.nanoTime();
        line("first calls, cold (class loading, JIT): compose %.0f ms, DOCX through the use case %.0f ms", (c1 - c0) / 1e6,
                (c2 - c1) / 1e6);
        for (int k = 0; k < RUNS; k++) {
            long t0 = System.nanoTime();
            notice = national.previewNotice(DAY);
            baseline[k] = (System.nanoTime() - t0) / 1e6;
            long t1 = System.nanoTime();
            file = export.exportNotice(query);
            docx[k] = (System.nanoTime() - t1) / 1e6;
        }
        int named = notice.attachment().sections().stream().mapToInt(s -> s.units().size()).sum();
        line("units named in the attachment: %,d of %,d; omissions with a reason: %,d", named, national.units().size(),
                notice.omissions().size());
        line("baseline, the domain composing the notice (results, figures): median %.1f ms, runs %s", median(baseline), runs(baseline));
        line("P5, the notice as DOCX through the use case (compose, cross-check, lay out, write): median %.1f ms, runs %s",
                median(docx), runs(docx));
        line("document: %,d bytes; DOCX / baseline = %.2f", file.content().length, median(docx) / median(baseline));

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(file.content()))) {
            assertThat(doc.getParagraphs()).anySatisfy(p -> assertThat(p.getText()).isEqualTo("附件"));
            long listed = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("Unit "))
                    .mapToLong(p -> p.getText().split("、").length).sum();
            assertThat(listed).isEqualTo(named);
        }
        assertThat(named + notice.omissions().size()).isEqualTo(national.units().size());
        write();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String runs(double[] values) {
        return Arrays.stream(values).mapToObj(v -> String.format(Locale.ROOT, "%.0f", v)).toList().toString();
    }

    private void line(String format, Object... args) {
        String text = "BENCH " + String.format(Locale.ROOT, format, args);
        System.out.println(text);
        report.add(text);
    }

    private void write() {
        try {
            Path out = Path.of("target", "benchmarks", "notice-document.txt");
            Files.createDirectories(out.getParent());
            Files.write(out, report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
