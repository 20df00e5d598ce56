package com.pingyi.evaluation.ui.scoreimport;

import static org.assertj.core.api.Assertions.assertThat;

import com.pingyi.evaluation.application.port.in.scoreimport.ImportScores;
import com.pingyi.evaluation.application.port.in.scoreimport.ImportScoresUseCase;
import com.pingyi.evaluation.application.port.in.scoreimport.PreviewScoreImport;
import com.pingyi.evaluation.application.port.in.scoreimport.PreviewScoreImportUseCase;
import com.pingyi.evaluation.application.port.in.scoreimport.ScoreImportPreview;
import com.pingyi.evaluation.application.port.in.scoreimport.ScoreImportResult;
import com.pingyi.evaluation.application.port.out.SaveRoundPort;
import com.pingyi.evaluation.application.port.out.ScoreFile;
import com.pingyi.evaluation.application.port.out.ScoreFileReaderPort;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.round.EvaluationYear;
import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.scheme.Aggregation;
import com.pingyi.evaluation.domain.scheme.Dimension;
import com.pingyi.evaluation.domain.scheme.DimensionCode;
import com.pingyi.evaluation.domain.scheme.EvaluationMethod;
import com.pingyi.evaluation.domain.scheme.Indicator;
import com.pingyi.evaluation.domain.scheme.IndicatorKind;
import com.pingyi.evaluation.domain.scheme.Scheme;
import com.pingyi.evaluation.domain.shared.Weight;
import com.pingyi.evaluation.domain.unit.EvaluatedUnit;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * quality.md P3: 100,000 score rows from XLSX into the embedded database, end to end (parse, validate,
 * store, audit) through the wired use case, beside a raw JDBC batch insert of the same rows in the same
 * run. Prints BENCH lines and writes evaluation-ui/target/benchmarks/score-import-h2.txt. Runs only with
 * -Dpingyi.bench=true; see docs/benchmarks/score-import.md.
 */
@SpringBootTest(properties = {"pingyi.demo-data.enabled=false", "spring.datasource.url=jdbc:h2:mem:score-import-bench;DB_CLOSE_DELAY=-1",
        "pingyi.import.max-bytes=104857600", "pingyi.import.max-rows=200000",
        "logging.level.com.pingyi.evaluation.persistence.round=DEBUG"})
class ScoreImportBenchmarkH2 {

    static final int UNITS = 2_000;
    static final int INDICATORS = 50;
    static final int RUNS = Integer.getInteger("pingyi.bench.runs", 3);

    /** Times the store step itself (the adapter's save of the round: digests, diff, batch inserts) inside the import. */
    @TestConfiguration
    static class TimedStore {
        static volatile long lastSaveNanos;

        @Bean
        @Primary
        SaveRoundPort timedSave(@Qualifier("roundPersistenceAdapter") SaveRoundPort real) {
            return round -> {
                long start = System.nanoTime();
                EvaluationRound saved = real.saveRound(round);
                lastSaveNanos = System.nanoTime() - start;
                return saved;
            };
        }
    }

    @Autowired
    ImportScoresUseCase importScores;
    @Autowired
    PreviewScoreImportUseCase preview;
    @Autowired
    ScoreFileReaderPort reader;
    @Autowired
    SaveRoundPort save;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;

    private final List<String> report = new ArrayList<>();

    @Test
    @EnabledIfSystemProperty(named = "pingyi.bench", matches = "true",
            disabledReason = "the score-import harness runs only with -Dpingyi.bench=true")
    void imports_100_000_rows_from_xlsx_beside_a_raw_jdbc_batch_insert() {
        ScoreImportRig.signInAsAdmin();
        try {
            run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void run() {
        Scheme scheme = scheme();
        List<EvaluatedUnit> units = new ArrayList<>(UNITS);
        for (int u = 0; u < UNITS; u++) {
            units.add(EvaluatedUnit.of(new UnitId(new UUID(7, u)), "单位" + (u + 1)));
        }
        byte[] file = timed("write the XLSX (SXSSF, not measured against the target)", () -> xlsx(units, scheme));
        line("file: %,d rows after the header, %,d bytes", UNITS * INDICATORS, file.length);

        List<Long> parse = new ArrayList<>();
        List<Long> check = new ArrayList<>();
        List<Long> endToEnd = new ArrayList<>();
        List<Long> baseline = new ArrayList<>();
        List<Long> store = new ArrayList<>();
        for (int run = 1; run <= RUNS; run++) {
            line("run %d", run);
            RoundId round = openRound(scheme, units, run);
            parse.add(nanos("  parse only (ScoreFileReaderPort, SAX)", () -> {
                ScoreFile read = reader.readScoreFile("bench.xlsx", file, "评分", 200_000);
                assertThat(read.rows()).as(String.valueOf(read.refusal())).hasSize(UNITS * INDICATORS + 1);
                return read;
            }));
            check.add(nanos("  preview: load round, parse, validate, domain trial (no store)", () -> {
                ScoreImportPreview p = preview.previewScoreImport(new PreviewScoreImport(round, "bench.xlsx", file));
                assertThat(p.problems()).isEmpty();
                return p;
            }));
            endToEnd.add(nanos("  import end to end: load, parse, validate, store, audit, commit", () -> {
                ScoreImportResult r = importScores.importScores(new ImportScores(round, "bench.xlsx", file));
                assertThat(r.written()).isTrue();
                assertThat(r.scoresWritten()).isEqualTo(UNITS * INDICATORS);
                return r;
            }));
            store.add(TimedStore.lastSaveNanos);
            line("%-75s %,10.1f ms", "    of which the store step (SaveRoundPort.saveRound)", ms(TimedStore.lastSaveNanos));
            assertThat(jdbc.queryForObject("select count(*) from score_entry where round_id = ?", Long.class, round.value()))
                    .isEqualTo(UNITS * INDICATORS);
            baseline.add(nanos("  baseline: raw JDBC batch insert of the same rows", () -> baselineInsert(round, scheme, units)));
        }
        long p = median(parse);
        long c = median(check);
        long e = median(endToEnd);
        long b = median(baseline);
        long st = median(store);
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            ratios.add((double) store.get(i) / baseline.get(i));
        }
        Collections.sort(ratios);
        line("median of %d: parse %,.0f ms; preview (parse, validate, domain) %,.0f ms; end to end %,.0f ms; store step %,.0f ms;"
                        + " raw JDBC batch %,.0f ms; store / raw per run, median %.2fx (%s)", RUNS, ms(p), ms(c), ms(e), ms(st), ms(b),
                ratios.get(ratios.size() / 2), ratios.stream().map(r -> String.format(Locale.ROOT, "%.2f", r)).toList());
        write();
    }

    private RoundId openRound(Scheme scheme, List<EvaluatedUnit> units, int run) {
        EvaluationRound round = EvaluationRound.draft(EvaluationYear.of(2020), "P3 导入基准 " + run);
        round.defineScheme(scheme);
        units.forEach(round::addUnit);
        round.open();
        return transactions.execute(tx -> save.saveRound(round)).id();
    }

    static Scheme scheme() {
        List<Dimension> dimensions = new ArrayList<>();
        for (int d = 0; d < 2; d++) {
            List<Indicator> indicators = new ArrayList<>();
            for (int i = 0; i < INDICATORS / 2; i++) {
                indicators.add(Indicator.of(String.format(Locale.ROOT, "P%d%02d", d + 1, i + 1), "指标" + (d + 1) + "-" + (i + 1), "100",
                        EvaluationMethod.THIRD_PARTY_ASSESSMENT, IndicatorKind.points(), Aggregation.MEAN));
            }
            dimensions.add(new Dimension(DimensionCode.of("D" + (d + 1)), "重点" + (d + 1), Weight.of(50), indicators));
        }
        return new Scheme(dimensions);
    }

    private static byte[] xlsx(List<EvaluatedUnit> units, Scheme scheme) {
        SplittableRandom random = new SplittableRandom(3);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("评分");
            Row header = sheet.createRow(0);
            for (int c = 0; c < ScoreFiles.HEADERS.size(); c++) {
                header.createCell(c).setCellValue(ScoreFiles.HEADERS.get(c));
            }
            int r = 1;
            for (EvaluatedUnit unit : units) {
                for (Indicator indicator : scheme.indicators()) {
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(unit.id().toString());
                    row.createCell(1).setCellValue(unit.name());
                    row.createCell(2).setCellValue(indicator.code().value());
                    row.createCell(7).setCellValue("assessor-1");
                    // whole and half points: exact in binary, so the file says what it means
                    row.createCell(8).setCellValue(random.nextInt(201) / 2.0);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same rows through one plain JDBC batch insert into a table of the same shape, without the domain or the adapter. */
    private Object baselineInsert(RoundId round, Scheme scheme, List<EvaluatedUnit> units) {
        jdbc.execute("create table if not exists bench_import_baseline (round_id uuid not null, unit_id uuid not null, "
                + "indicator_code varchar(32) not null, entry_kind varchar(16) not null, entry_key varchar(64) not null, "
                + "position integer not null, points numeric(12, 2), measured_value numeric(38, 12), measured_scale integer, "
                + "measured_yes boolean, veto_passed boolean, note varchar(500), constraint pk_bench_import_baseline "
                + "primary key (round_id, unit_id, indicator_code, entry_kind, entry_key))");
        List<Object[]> rows = new ArrayList<>(UNITS * INDICATORS);
        SplittableRandom random = new SplittableRandom(3);
        int position = 0;
        for (EvaluatedUnit unit : units) {
            for (Indicator indicator : scheme.indicators()) {
                rows.add(new Object[] {round.value(), unit.id().value(), indicator.code().value(), "VERIFIED", "assessor-1", position++,
                        java.math.BigDecimal.valueOf(random.nextInt(201), 1).multiply(java.math.BigDecimal.valueOf(5))
                                .setScale(2, java.math.RoundingMode.UNNECESSARY)});
            }
        }
        // every column the adapter writes, the unused ones as nulls, in batches of the adapter's size
        transactions.executeWithoutResult(tx -> jdbc.batchUpdate("insert into bench_import_baseline values "
                + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows, 2_000, (ps, row) -> {
                    for (int i = 0; i < row.length; i++) {
                        ps.setObject(i + 1, row[i]);
                    }
                    ps.setNull(8, java.sql.Types.NUMERIC);
                    ps.setNull(9, java.sql.Types.INTEGER);
                    ps.setNull(10, java.sql.Types.BOOLEAN);
                    ps.setNull(11, java.sql.Types.BOOLEAN);
                    ps.setNull(12, java.sql.Types.VARCHAR);
                }));
        jdbc.execute("drop table bench_import_baseline");
        return rows.size();
    }

    private <T> T timed(String what, Supplier<T> step) {
        long start = System.nanoTime();
        T result = step.get();
        line("%-75s %,10.1f ms", what, ms(System.nanoTime() - start));
        return result;
    }

    private long nanos(String what, Supplier<?> step) {
        long start = System.nanoTime();
        step.get();
        long took = System.nanoTime() - start;
        line("%-75s %,10.1f ms", what, ms(took));
        return took;
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private void line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        report.add(text);
        System.out.println("BENCH " + text);
    }

    private void write() {
        try {
            Path dir = Path.of("target", "benchmarks");
            Files.createDirectories(dir);
            Files.write(dir.resolve("score-import-h2.txt"), report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
