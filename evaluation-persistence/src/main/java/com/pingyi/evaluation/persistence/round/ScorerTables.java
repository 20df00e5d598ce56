package com.pingyi.evaluation.persistence.round;

import com.pingyi.evaluation.domain.scheme.DimensionCode;
import com.pingyi.evaluation.domain.score.Assignment;
import com.pingyi.evaluation.domain.score.Scorer;
import com.pingyi.evaluation.domain.score.ScorerId;
import com.pingyi.evaluation.domain.unit.UnitId;
import com.pingyi.evaluation.persistence.support.Sql;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A round's scorers, in plain JDBC: {@code round_scorer} (who, of which kind, in order),
 * {@code round_scorer_assignment} (their affiliations) and {@code round_scorer_pair} (an expert's
 * unit x dimension pairs). A national round holds tens of thousands of pairs and an admin changes one
 * expert at a time, so only the scorers that changed are written, and of their pairs only those added
 * or taken away.
 */
final class ScorerTables {

    private final JdbcTemplate jdbc;

    ScorerTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Scorer> load(UUID round) {
        Map<String, Set<UnitId>> affiliations = new HashMap<>();
        jdbc.query("select scorer_id, reference from round_scorer_assignment where round_id = ? and kind = 'AFFILIATION'", rs -> {
            affiliations.computeIfAbsent(rs.getString("scorer_id"), s -> new HashSet<>()).add(UnitId.of(rs.getString("reference")));
        }, round);
        Map<String, Set<Assignment>> pairs = new HashMap<>();
        jdbc.query("select scorer_id, unit_id, dimension_code from round_scorer_pair where round_id = ?", rs -> {
            pairs.computeIfAbsent(rs.getString("scorer_id"), s -> new HashSet<>())
                    .add(new Assignment(new UnitId(Sql.uuid(rs, "unit_id")), DimensionCode.of(rs.getString("dimension_code"))));
        }, round);
        return jdbc.query("select scorer_id, name, kind from round_scorer where round_id = ? order by position", (rs, n) -> {
            String id = rs.getString("scorer_id");
            return new Scorer(ScorerId.of(id), rs.getString("name"), Scorer.Kind.valueOf(rs.getString("kind")),
                    pairs.getOrDefault(id, Set.of()), affiliations.getOrDefault(id, Set.of()));
        }, round);
    }

    /** Writes what changed from {@code stored} (null: nothing is stored yet) to {@code now}. */
    void write(UUID round, List<Scorer> stored, List<Scorer> now) {
        if (stored != null && stored.equals(now)) {
            return;
        }
        if (stored == null || !keepsTheStoredOrder(stored, now)) {
            if (stored != null) {
                for (String table : List.of("round_scorer_pair", "round_scorer_assignment", "round_scorer")) {
                    jdbc.update("delete from " + table + " where round_id = ?", round);
                }
            }
            insert(round, now, 0);
            return;
        }
        Map<ScorerId, Scorer> before = byId(stored);
        Map<ScorerId, Scorer> after = byId(now);
        for (Scorer s : stored) {
            if (!after.containsKey(s.id())) {
                delete(round, s.id());
            }
        }
        List<Scorer> added = new ArrayList<>();
        for (Scorer s : now) {
            Scorer old = before.get(s.id());
            if (old == null) {
                added.add(s);
            } else if (!old.equals(s)) {
                update(round, old, s);
            }
        }
        if (!added.isEmpty()) {
            Integer last = jdbc.queryForObject("select max(position) from round_scorer where round_id = ?", Integer.class, round);
            insert(round, added, last == null ? 0 : last + 1);
        }
    }

    /**
     * Whether writing the difference keeps the order: the scorers still there are in their stored order and
     * the new ones come after them (the round keeps registration order, so this is the usual case).
     */
    private static boolean keepsTheStoredOrder(List<Scorer> stored, List<Scorer> now) {
        Set<ScorerId> storedIds = byId(stored).keySet();
        Set<ScorerId> nowIds = byId(now).keySet();
        List<ScorerId> survivorsThen = stored.stream().map(Scorer::id).filter(nowIds::contains).toList();
        List<ScorerId> nowOrder = now.stream().map(Scorer::id).toList();
        int survivors = survivorsThen.size();
        return nowOrder.subList(0, Math.min(survivors, nowOrder.size())).equals(survivorsThen)
                && nowOrder.subList(survivors, nowOrder.size()).stream().noneMatch(storedIds::contains);
    }

    private static Map<ScorerId, Scorer> byId(List<Scorer> scorers) {
        Map<ScorerId, Scorer> out = new LinkedHashMap<>();
        scorers.forEach(s -> out.put(s.id(), s));
        return out;
    }

    private void insert(UUID round, List<Scorer> scorers, int firstPosition) {
        jdbc.batchUpdate("insert into round_scorer (round_id, position, scorer_id, name, kind) values (?, ?, ?, ?, ?)",
                RoundTables.indexed(scorers), ScoreEntryTable.BATCH_SIZE, (ps, s) -> {
                    ps.setObject(1, round);
                    ps.setInt(2, firstPosition + s.index());
                    ps.setString(3, s.value().id().value());
                    ps.setString(4, s.value().name());
                    ps.setString(5, s.value().kind().name());
                });
        for (Scorer s : scorers) {
            insertAffiliations(round, s);
            insertPairs(round, s.id(), s.assignments());
        }
    }

    private void update(UUID round, Scorer old, Scorer now) {
        if (!old.name().equals(now.name()) || old.kind() != now.kind()) {
            jdbc.update("update round_scorer set name = ?, kind = ? where round_id = ? and scorer_id = ?",
                    now.name(), now.kind().name(), round, now.id().value());
        }
        if (!old.affiliations().equals(now.affiliations())) {
            jdbc.update("delete from round_scorer_assignment where round_id = ? and scorer_id = ?", round, now.id().value());
            insertAffiliations(round, now);
        }
        List<Assignment> dropped = old.assignments().stream().filter(p -> !now.assignments().contains(p)).toList();
        jdbc.batchUpdate("delete from round_scorer_pair where round_id = ? and scorer_id = ? and unit_id = ? and dimension_code = ?",
                dropped, ScoreEntryTable.BATCH_SIZE, (ps, p) -> {
                    ps.setObject(1, round);
                    ps.setString(2, now.id().value());
                    ps.setObject(3, p.unit().value());
                    ps.setString(4, p.dimension().value());
                });
        insertPairs(round, now.id(), now.assignments().stream().filter(p -> !old.assignments().contains(p)).toList());
    }

    private void delete(UUID round, ScorerId scorer) {
        for (String table : List.of("round_scorer_pair", "round_scorer_assignment", "round_scorer")) {
            jdbc.update("delete from " + table + " where round_id = ? and scorer_id = ?", round, scorer.value());
        }
    }

    private void insertAffiliations(UUID round, Scorer scorer) {
        jdbc.batchUpdate("insert into round_scorer_assignment (round_id, scorer_id, kind, reference) values (?, ?, 'AFFILIATION', ?)",
                List.copyOf(scorer.affiliations()), ScoreEntryTable.BATCH_SIZE, (ps, unit) -> {
                    ps.setObject(1, round);
                    ps.setString(2, scorer.id().value());
                    ps.setString(3, unit.value().toString());
                });
    }

    private void insertPairs(UUID round, ScorerId scorer, java.util.Collection<Assignment> pairs) {
        jdbc.batchUpdate("insert into round_scorer_pair (round_id, scorer_id, unit_id, dimension_code) values (?, ?, ?, ?)",
                List.copyOf(pairs), ScoreEntryTable.BATCH_SIZE, (ps, p) -> {
                    ps.setObject(1, round);
                    ps.setString(2, scorer.value());
                    ps.setObject(3, p.unit().value());
                    ps.setString(4, p.dimension().value());
                });
    }
}
