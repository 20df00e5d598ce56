package com.pingyi.evaluation.persistence.round;

import com.pingyi.evaluation.application.port.out.RoundFiguresPort;
import com.pingyi.evaluation.application.port.out.ScoreCount;
import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.scheme.Aggregation;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts in SQL what the dashboard shows of a round in progress, without loading its scores: the
 * database groups a national round's million score rows into one row per indicator and shape of
 * cell (how many verified scores, whether measured, decided, marked not applicable), and the
 * rule of the domain's {@code Completeness} is applied to those few rows here. The contract test
 * holds the count equal to the domain's own missing-score list.
 */
@Component
class RoundFiguresAdapter implements RoundFiguresPort {

    /** Units of the round taking part: enrolled and not withdrawn. */
    private static final String ACTIVE_UNITS = "select count(*) from round_unit u where u.round_id = ? and not exists "
            + "(select 1 from round_withdrawal w where w.round_id = u.round_id and w.unit_id = u.unit_id)";

    /** Cells (unit x indicator) of the active units that have any entry, grouped by what they hold. */
    private static final String CELL_SHAPES = "select c.indicator_code, c.verified, c.measured, c.decided, c.not_applicable, "
            + "count(*) as cells from (select e.unit_id, e.indicator_code, "
            + "sum(case when e.entry_kind = 'VERIFIED' then 1 else 0 end) as verified, "
            + "max(case when e.entry_kind = 'MEASURED' then 1 else 0 end) as measured, "
            + "max(case when e.entry_kind = 'VETO' then 1 else 0 end) as decided, "
            + "max(case when e.entry_kind = 'NOT_APPLICABLE' then 1 else 0 end) as not_applicable "
            + "from score_entry e join round_unit u on u.round_id = e.round_id and u.unit_id = e.unit_id "
            + "where e.round_id = ? and not exists "
            + "(select 1 from round_withdrawal w where w.round_id = e.round_id and w.unit_id = e.unit_id) "
            + "group by e.unit_id, e.indicator_code) c "
            + "group by c.indicator_code, c.verified, c.measured, c.decided, c.not_applicable";

    private final JdbcTemplate jdbc;

    RoundFiguresAdapter(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** What an indicator needs before its cell counts as recorded; the kinds that need nothing are left out. */
    private record Need(String kind, int minimumVerified) {

        boolean metBy(int verified, boolean measured, boolean decided) {
            return switch (kind) {
                case "POINTS", "BONUS" -> verified >= Math.max(1, minimumVerified);
                case "MEASURED" -> measured;
                case "VETO" -> decided;
                default -> throw new IllegalStateException("unknown indicator kind " + kind);
            };
        }
    }

    @Override
    public ScoreCount countScores(RoundId round) {
        UUID id = round.value();
        Map<String, Need> needs = new HashMap<>();
        jdbc.query("select code, kind, aggregation from round_indicator where round_id = ? and kind <> 'DEDUCTION'", rs -> {
            String kind = rs.getString("kind");
            int minimum = kind.equals("POINTS") || kind.equals("BONUS")
                    ? Aggregation.valueOf(rs.getString("aggregation")).minimumCount() : 0;
            needs.put(rs.getString("code"), new Need(kind, minimum));
        }, id);
        Long units = jdbc.queryForObject(ACTIVE_UNITS, Long.class, id);
        if (needs.isEmpty() || units == null || units == 0) {
            return new ScoreCount(0, 0);
        }
        long[] expected = {units * needs.size()};
        long[] recorded = {0};
        jdbc.query(CELL_SHAPES, rs -> {
            Need need = needs.get(rs.getString("indicator_code"));
            if (need == null) {
                return; // a deduction: nothing is required of it
            }
            long cells = rs.getLong("cells");
            if (rs.getInt("not_applicable") > 0) {
                expected[0] -= cells;
            } else if (need.metBy(rs.getInt("verified"), rs.getInt("measured") > 0, rs.getInt("decided") > 0)) {
                recorded[0] += cells;
            }
        }, id);
        return new ScoreCount(recorded[0], expected[0]);
    }
}
