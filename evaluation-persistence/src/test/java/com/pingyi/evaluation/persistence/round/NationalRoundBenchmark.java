package com.pingyi.evaluation.persistence.round;

import static org.assertj.core.api.Assertions.assertThat;

import com.pingyi.evaluation.application.port.in.paging.Page;
import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.application.port.out.ResultsSnapshotPort;
import com.pingyi.evaluation.application.readmodel.RankedUnitView;
import com.pingyi.evaluation.domain.demo.SyntheticRound;
import com.pingyi.evaluation.domain.result.RoundResults;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.scheme.Indicator;
import com.pingyi.evaluation.domain.score.ScoreEntry;
import com.pingyi.evaluation.domain.shared.Points;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The scale check of docs/benchmarks/national-round-storage.md: a documented harness, not a timed
 * test. It asserts correctness only; the timings are printed and written to
 * target/benchmarks/national-round-&lt;database&gt;.txt. Runs only with {@code -Dpingyi.bench=true} (the
 * condition sits on the test method: JUnit does not inherit it from an abstract class).
 */
abstract class NationalRoundBenchmark {

    @Autowired
    RoundPersistenceAdapter adapter;

    @Autowired
    ResultsSnapshotPort snapshot;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    private final List<String> report = new ArrayList<>();

    abstract String database();

    @Test
    @EnabledIfSystemProperty(named = "pingyi.bench", matches = "true",
            disabledReason = "the national-round harness runs only with -Dpingyi.bench=true")
    void store_load_change_one_score_and_page_the_results_of_a_national_round() {
        line("database: %s, java %s, %d cpus, max heap %d MB", database(), Runtime.version(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

        EvaluationRound national = timed("build SyntheticRound.national(1) in memory (domain)", () -> SyntheticRound.national(1));
        int entries = national.contents().scores().size();
        line("score entries: %,d", entries);
        timed("domain alone: contents() + restore(..) of the round (reference)", () -> EvaluationRound.restore(national.id(),
                national.year(), national.title(), national.status(), 7, national.contents()));
        baselineInsert(national);

        EvaluationRound stored = timed("store the round (new: header, sections, all score rows)",
                () -> transactions.execute(tx -> adapter.saveRound(national)));
        assertThat(count("score_entry", national)).isEqualTo(entries);

        EvaluationRound loaded = timed("load the round (stream score rows, restore)",
                () -> transactions.execute(tx -> adapter.loadRound(national.id())).orElseThrow());
        timed("load the round again (warm)",
                () -> transactions.execute(tx -> adapter.loadRound(national.id())).orElseThrow());
        assertThat(loaded.contents().scores()).hasSize(entries);
        assertThat(loaded.version()).isEqualTo(stored.version());
        // What every page of a round reads first (GetRound): its heading, not its million scores.
        timed("read the round's heading and version (every round page)",
                () -> transactions.execute(tx -> adapter.loadRoundHeader(national.id())).orElseThrow());
        timed("read the round's heading again (warm)",
                () -> transactions.execute(tx -> adapter.loadRoundHeader(national.id())).orElseThrow());

        timed("reference: read every score row of the round with JDBC, nothing else", () -> {
            long[] rows = {0};
            JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
            streaming.setFetchSize(RoundPersistenceAdapter.FETCH_SIZE);
            transactions.executeWithoutResult(tx -> streaming.query("select unit_id, indicator_code, entry_kind, entry_key, position, "
                    + "points, measured_value, measured_scale, measured_yes, veto_passed, note from score_entry where round_id = ?",
                    rs -> {
                        for (int c = 1; c <= 11; c++) {
                            rs.getObject(c);
                        }
                        rows[0]++;
                    }, national.id().value()));
            return rows[0];
        });

        loaded.reopen("benchmark: one score changes");
        RoundPersistenceAdapter.Saved reopened = timed("save after reopening (one amendment, no score change)",
                () -> transactions.execute(tx -> adapter.save(loaded)));
        line("  score rows written: %s", reopened.scoreChanges());
        EvaluationRound open = reopened.round();
        ScoreEntry.Verified one = open.contents().scores().stream().filter(e -> e instanceof ScoreEntry.Verified)
                .map(e -> (ScoreEntry.Verified) e).findFirst().orElseThrow();
        Indicator indicator = open.scheme().orElseThrow().indicator(one.indicator());
        Points changed = one.points().compareTo(indicator.max()) < 0 ? Points.ofCents(one.points().cents() + 1)
                : Points.ofCents(one.points().cents() - 1);
        open.recordScore(new ScoreEntry.Verified(one.unit(), one.indicator(), one.scorer(), changed));
        RoundPersistenceAdapter.Saved oneScore = timed("save after changing one score",
                () -> transactions.execute(tx -> adapter.save(open)));
        line("  score rows written: %s", oneScore.scoreChanges());
        assertThat(oneScore.scoreChanges()).isEqualTo(new ScoreEntryTable.Changes(0, 1, 0, 1));

        RoundResults results = timed("compute the results (domain)", national::results);
        timed("replace the results snapshot (delete + batch insert)",
                () -> {
                    transactions.executeWithoutResult(tx -> snapshot.replaceResults(national.id(), results));
                    return null;
                });
        Page<RankedUnitView> first = timed("serve the first page of 50 results",
                () -> transactions.execute(tx -> snapshot.loadResults(national.id(), PageRequest.first(50))));
        timed("serve the first page of 50 results again (warm)",
                () -> transactions.execute(tx -> snapshot.loadResults(national.id(), PageRequest.first(50))));
        Page<RankedUnitView> middle = timed("serve a page of 50 results at offset 1,500",
                () -> transactions.execute(tx -> snapshot.loadResults(national.id(), new PageRequest(1_500, 50))));
        assertThat(first.items()).hasSize(50);
        assertThat(middle.items()).hasSize(50);
        assertThat(first.total()).isEqualTo(SyntheticRound.NATIONAL_UNITS);
        assertThat(first.items().getFirst().rank()).isEqualTo(1);

        write();
    }

    /** The same score rows through one plain JDBC batch insert into a table without the adapter: the baseline. */
    private void baselineInsert(EvaluationRound round) {
        jdbc.execute("create table if not exists bench_score_baseline (round_id uuid not null, unit_id uuid not null, "
                + "indicator_code varchar(32) not null, entry_kind varchar(16) not null, entry_key varchar(64) not null, "
                + "position integer not null, points numeric(12, 2), measured_value numeric(38, 12), measured_scale integer, "
                + "measured_yes boolean, veto_passed boolean, note varchar(500), constraint pk_bench_score_baseline "
                + "primary key (round_id, unit_id, indicator_code, entry_kind, entry_key))");
        List<ScoreEntry> entries = round.contents().scores();
        List<ScoreRow> rows = new ArrayList<>(entries.size());
        int[] ordinal = {0};
        for (ScoreEntry e : entries) {
            rows.add(ScoreRow.of(e, ordinal[0]++));
        }
        timed("baseline: raw JDBC batch insert of the same rows (no diff, no domain)", () -> {
            transactions.executeWithoutResult(tx -> jdbc.batchUpdate("insert into bench_score_baseline values "
                    + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows, ScoreEntryTable.BATCH_SIZE, (ps, row) -> {
                        ps.setObject(1, round.id().value());
                        ps.setObject(2, row.key().unit());
                        ps.setString(3, row.key().indicator());
                        ps.setString(4, row.key().kind());
                        ps.setString(5, row.key().entryKey());
                        ps.setInt(6, row.position());
                        ps.setBigDecimal(7, row.points());
                        ps.setBigDecimal(8, row.measured());
                        ps.setObject(9, row.measured() == null ? null : row.measured().scale(), java.sql.Types.INTEGER);
                        ps.setObject(10, row.measuredYes(), java.sql.Types.BOOLEAN);
                        ps.setObject(11, row.vetoPassed(), java.sql.Types.BOOLEAN);
                        ps.setString(12, row.note());
                    }));
            return null;
        });
        jdbc.execute("drop table bench_score_baseline");
    }

    private long count(String table, EvaluationRound round) {
        return jdbc.queryForObject("select count(*) from " + table + " where round_id = ?", Long.class, round.id().value());
    }

    private <T> T timed(String what, Supplier<T> step) {
        long start = System.nanoTime();
        T result = step.get();
        long micros = (System.nanoTime() - start) / 1_000;
        line("%-75s %,12.1f ms", what, micros / 1_000.0);
        return result;
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
            Files.write(dir.resolve("national-round-" + database() + ".txt"), report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
