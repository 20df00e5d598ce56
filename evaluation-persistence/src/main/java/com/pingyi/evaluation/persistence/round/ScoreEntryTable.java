package com.pingyi.evaluation.persistence.round;

import com.pingyi.evaluation.domain.scheme.IndicatorCode;
import com.pingyi.evaluation.domain.score.ScoreEntry;
import com.pingyi.evaluation.domain.score.ScorerId;
import com.pingyi.evaluation.domain.unit.EvaluatedUnit;
import com.pingyi.evaluation.domain.unit.UnitId;
import com.pingyi.evaluation.persistence.support.Sql;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code score_entry} table, in plain JDBC: a national round holds about a million entries, and
 * one JPA entity per row (with its dirty checking and persistence context) costs several times the
 * time and memory of streaming rows into records and writing them in JDBC batches.
 *
 * <p>Saving writes only what changed, and reads little: each unit's entries have a digest
 * ({@link ScoreDigest}, table {@code score_digest}); a unit whose digest equals the stored one is
 * skipped, and for the others the unit's stored rows are read and diffed row by row, so only rows
 * that are new, different or gone are inserted, updated or deleted, in batches. Recording one score
 * in a national round hashes the entries in memory, reads 3,000 digests and one unit's rows, and
 * writes one row and one digest.
 */
final class ScoreEntryTable {

    static final int BATCH_SIZE = 2_000;

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ScoreEntryTable.class);

    private static final String COLUMNS = "unit_id, indicator_code, entry_kind, entry_key, position, points, "
            + "measured_value, measured_scale, measured_yes, veto_passed, note";

    private final JdbcTemplate jdbc;

    /** What one save did: rows inserted, updated and deleted, and the units whose stored rows it had to read. */
    record Changes(int inserted, int updated, int deleted, int unitsRead) {
    }

    ScoreEntryTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The round's entries, the units' entries in registry order (the order in which they were
     * recorded) and each unit x indicator's verified scores and violations in their recorded order,
     * so that the rebuilt score book is the original one, entry for entry.
     */
    List<ScoreEntry> load(UUID round, List<EvaluatedUnit> units) {
        Map<UUID, Integer> registry = new HashMap<>(units.size() * 2);
        List<List<ScoreRow>> perUnit = new ArrayList<>(units.size() + 1);
        for (int u = 0; u < units.size(); u++) {
            registry.put(units.get(u).id().value(), u);
            perUnit.add(new ArrayList<>());
        }
        List<ScoreRow> others = new ArrayList<>();
        // a national round names 150 indicators and a few hundred scorers a million times: one object each
        Map<String, IndicatorCode> codes = new HashMap<>();
        Map<String, ScorerId> scorerIds = new HashMap<>();
        java.util.function.Function<String, ScorerId> scorer = id -> scorerIds.computeIfAbsent(id, ScorerId::of);
        int[] count = {0};
        jdbc.query("select " + COLUMNS + " from score_entry where round_id = ?", rs -> {
            ScoreRow row = read(rs);
            Integer u = registry.get(row.key().unit());
            (u == null ? others : perUnit.get(u)).add(row);
            count[0]++;
        }, round);
        List<ScoreEntry> entries = new ArrayList<>(count[0]);
        Comparator<ScoreRow> recorded = Comparator.comparingInt(ScoreRow::position);
        for (int u = 0; u < units.size(); u++) {
            List<ScoreRow> rows = perUnit.get(u);
            rows.sort(recorded);
            UnitId unit = units.get(u).id();
            for (ScoreRow row : rows) {
                entries.add(row.toEntry(unit, codes.computeIfAbsent(row.key().indicator(), IndicatorCode::of), scorer));
            }
        }
        others.sort(recorded);
        others.forEach(row -> entries.add(row.toEntry()));
        return entries;
    }

    /**
     * Inserts, updates and deletes the rows that differ between what is stored and the entries. Units
     * whose digest matches the stored one are skipped without reading anything; the rows of the
     * other units are read and diffed row by row.
     */
    Changes save(UUID round, List<ScoreEntry> entries, boolean roundIsNew) {
        long t0 = System.nanoTime();
        Map<UUID, List<ScoreEntry>> byUnit = new LinkedHashMap<>();
        for (ScoreEntry entry : entries) {
            byUnit.computeIfAbsent(entry.unit().value(), u -> new ArrayList<>()).add(entry);
        }
        Map<UUID, String> storedDigests = roundIsNew ? new HashMap<>() : storedDigests(round);
        long t1 = System.nanoTime();
        ScoreDigest digester = new ScoreDigest();
        List<ScoreRow> inserts = new ArrayList<>();
        List<ScoreRow> updates = new ArrayList<>();
        List<ScoreRow.Key> deletes = new ArrayList<>();
        List<Object[]> newDigests = new ArrayList<>();
        List<Object[]> changedDigests = new ArrayList<>();
        int unitsRead = 0;
        // A unit without a stored digest normally has no stored rows (an import into an empty round: 2,000
        // units at once); one grouped query says which of them do (rows kept from before digests existed),
        // so that only those are read, instead of one query per unit.
        Set<UUID> withRows = roundIsNew || byUnit.keySet().stream().allMatch(storedDigests::containsKey)
                ? Set.of() : unitsWithRows(round);
        for (Map.Entry<UUID, List<ScoreEntry>> unit : byUnit.entrySet()) {
            String digest = digester.of(unit.getValue());
            String before = storedDigests.remove(unit.getKey());
            if (digest.equals(before)) {
                continue;
            }
            Map<ScoreRow.Key, ScoreRow> stored = new HashMap<>();
            if (!roundIsNew && (before != null || withRows.contains(unit.getKey()))) {
                storedRows(round, unit.getKey(), stored);
                unitsRead++;
            }
            diff(unit.getValue(), stored, inserts, updates);
            deletes.addAll(stored.keySet());
            (before == null ? newDigests : changedDigests).add(new Object[] {digest, unit.getValue().size(), unit.getKey()});
        }
        // units that have no entry any more: all their rows go
        List<UUID> emptied = new ArrayList<>(storedDigests.keySet());
        long t2 = System.nanoTime();
        int emptiedRows = 0;
        for (int[] batch : jdbc.batchUpdate("delete from score_entry where round_id = ? and unit_id = ?", emptied, BATCH_SIZE,
                (ps, unit) -> {
                    ps.setObject(1, round);
                    ps.setObject(2, unit);
                })) {
            for (int n : batch) {
                emptiedRows += Math.max(n, 0);
            }
        }
        jdbc.batchUpdate("delete from score_digest where round_id = ? and unit_id = ?", emptied, BATCH_SIZE, (ps, unit) -> {
            ps.setObject(1, round);
            ps.setObject(2, unit);
        });
        if (!deletes.isEmpty()) {
            jdbc.batchUpdate("delete from score_entry where round_id = ? and unit_id = ? and indicator_code = ? "
                    + "and entry_kind = ? and entry_key = ?", deletes, BATCH_SIZE, (ps, key) -> {
                        ps.setObject(1, round);
                        bindKey(ps, 2, key);
                    });
        }
        if (!updates.isEmpty()) {
            jdbc.batchUpdate("update score_entry set position = ?, points = ?, measured_value = ?, measured_scale = ?, "
                    + "measured_yes = ?, veto_passed = ?, note = ? where round_id = ? and unit_id = ? and indicator_code = ? "
                    + "and entry_kind = ? and entry_key = ?", updates, BATCH_SIZE, (ps, row) -> {
                        bindValues(ps, 1, row);
                        ps.setObject(8, round);
                        bindKey(ps, 9, row.key());
                    });
        }
        if (!inserts.isEmpty()) {
            jdbc.batchUpdate("insert into score_entry (round_id, " + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    inserts, BATCH_SIZE, (ps, row) -> {
                        ps.setObject(1, round);
                        bindKey(ps, 2, row.key());
                        bindValues(ps, 6, row);
                    });
        }
        jdbc.batchUpdate("update score_digest set digest = ?, entry_rows = ? where round_id = ? and unit_id = ?", changedDigests,
                BATCH_SIZE, (ps, d) -> {
                    ps.setString(1, (String) d[0]);
                    ps.setInt(2, (Integer) d[1]);
                    ps.setObject(3, round);
                    ps.setObject(4, d[2]);
                });
        jdbc.batchUpdate("insert into score_digest (digest, entry_rows, round_id, unit_id) values (?, ?, ?, ?)", newDigests,
                BATCH_SIZE, (ps, d) -> {
                    ps.setString(1, (String) d[0]);
                    ps.setInt(2, (Integer) d[1]);
                    ps.setObject(3, round);
                    ps.setObject(4, d[2]);
                });
        if (LOG.isDebugEnabled()) {
            LOG.debug("score rows of round {}: read digests {} ms, digest, read and diff {} ms ({} units read), write {} ms",
                    round, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, unitsRead, (System.nanoTime() - t2) / 1_000_000);
        }
        return new Changes(inserts.size(), updates.size(), deletes.size() + emptiedRows, unitsRead);
    }

    /** The rows of one unit's entries against its stored rows; what is left in {@code stored} is to be deleted. */
    private static void diff(List<ScoreEntry> entries, Map<ScoreRow.Key, ScoreRow> stored, List<ScoreRow> inserts,
            List<ScoreRow> updates) {
        // a unit's entries come indicator by indicator, each unit x indicator's scores in recorded order
        String groupIndicator = null;
        int lastVerified = -1;
        int violations = 0;
        for (ScoreEntry entry : entries) {
            String indicator = entry.indicator().value();
            if (!indicator.equals(groupIndicator)) {
                groupIndicator = indicator;
                lastVerified = -1;
                violations = 0;
            }
            ScoreRow row;
            ScoreRow before;
            if (entry instanceof ScoreEntry.Verified) {
                row = ScoreRow.of(entry, 0);
                before = stored.remove(row.key());
                // keep the stored position while it keeps the recorded order, so that removing or
                // adding one score never renumbers the others
                int position = before != null && before.position() > lastVerified ? before.position() : lastVerified + 1;
                row = row.withPosition(position);
                lastVerified = position;
            } else {
                row = ScoreRow.of(entry, entry instanceof ScoreEntry.Violation ? violations++ : 0);
                before = stored.remove(row.key());
            }
            if (before == null) {
                inserts.add(row);
            } else if (!before.equals(row)) {
                updates.add(row);
            }
        }
    }

    private Map<UUID, String> storedDigests(UUID round) {
        Map<UUID, String> digests = new HashMap<>();
        jdbc.query("select unit_id, digest from score_digest where round_id = ?",
                rs -> {
                    digests.put(Sql.uuid(rs, "unit_id"), rs.getString("digest"));
                }, round);
        return digests;
    }

    private Set<UUID> unitsWithRows(UUID round) {
        Set<UUID> units = new HashSet<>();
        jdbc.query("select distinct unit_id from score_entry where round_id = ?", rs -> {
            units.add(Sql.uuid(rs, "unit_id"));
        }, round);
        return units;
    }

    private void storedRows(UUID round, UUID unit, Map<ScoreRow.Key, ScoreRow> into) {
        jdbc.query("select " + COLUMNS + " from score_entry where round_id = ? and unit_id = ?", rs -> {
            ScoreRow row = read(rs);
            into.put(row.key(), row);
        }, round, unit);
    }

    private static void bindKey(PreparedStatement ps, int from, ScoreRow.Key key) throws SQLException {
        ps.setObject(from, key.unit());
        ps.setString(from + 1, key.indicator());
        ps.setString(from + 2, key.kind());
        ps.setString(from + 3, key.entryKey());
    }

    /** position, points, measured value and scale, measured yes/no, veto passed, note: 7 parameters. */
    private static void bindValues(PreparedStatement ps, int from, ScoreRow row) throws SQLException {
        ps.setInt(from, row.position());
        Sql.decimal(ps, from + 1, row.points());
        Sql.exact(ps, from + 2, from + 3, row.measured());
        Sql.bool(ps, from + 4, row.measuredYes());
        Sql.bool(ps, from + 5, row.vetoPassed());
        Sql.text(ps, from + 6, row.note());
    }

    private static ScoreRow read(ResultSet rs) throws SQLException {
        return new ScoreRow(new ScoreRow.Key(Sql.uuid(rs, "unit_id"), rs.getString("indicator_code"),
                rs.getString("entry_kind"), rs.getString("entry_key")), rs.getInt("position"),
                rs.getBigDecimal("points"), Sql.exact(rs, "measured_value", "measured_scale"), Sql.bool(rs, "measured_yes"),
                Sql.bool(rs, "veto_passed"), rs.getString("note"));
    }

    // ---- the corrections of a published version: the same typed columns, in the order given ----------

    void insertCorrections(UUID round, int version, List<ScoreEntry> corrections) {
        List<ScoreRow> rows = new ArrayList<>(corrections.size());
        for (ScoreEntry entry : corrections) {
            rows.add(ScoreRow.of(entry, 0).withPosition(rows.size()));
        }
        jdbc.batchUpdate("insert into round_publication_correction (round_id, publication_version, unit_id, indicator_code, "
                + "entry_kind, entry_key, position, points, measured_value, measured_scale, measured_yes, veto_passed, note) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows, BATCH_SIZE, (ps, row) -> {
                    ps.setObject(1, round);
                    ps.setInt(2, version);
                    bindKey(ps, 3, row.key());
                    bindValues(ps, 7, row);
                });
    }

    Map<Integer, List<ScoreEntry>> loadCorrections(UUID round) {
        Map<Integer, List<ScoreEntry>> out = new HashMap<>();
        jdbc.query("select publication_version, " + COLUMNS + " from round_publication_correction where round_id = ? "
                + "order by publication_version, position", rs -> {
                    out.computeIfAbsent(rs.getInt("publication_version"), v -> new ArrayList<>()).add(read(rs).toEntry());
                }, round);
        return out;
    }
}
