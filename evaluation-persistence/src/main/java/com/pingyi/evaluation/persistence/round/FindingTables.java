package com.pingyi.evaluation.persistence.round;

import com.pingyi.evaluation.domain.finding.Comparison;
import com.pingyi.evaluation.domain.finding.Finding;
import com.pingyi.evaluation.domain.finding.FindingId;
import com.pingyi.evaluation.domain.finding.FindingKind;
import com.pingyi.evaluation.domain.finding.RectificationItem;
import com.pingyi.evaluation.domain.finding.Statistic;
import com.pingyi.evaluation.domain.scheme.DimensionCode;
import com.pingyi.evaluation.domain.scheme.IndicatorCode;
import com.pingyi.evaluation.domain.scheme.MeasuredValue;
import com.pingyi.evaluation.domain.unit.UnitId;
import com.pingyi.evaluation.persistence.support.Sql;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** A round's findings, their quoted statistics and its rectification items (own and carried), in plain JDBC. */
final class FindingTables {

    private final JdbcTemplate jdbc;
    private final RoundRowMapper mapper;

    FindingTables(JdbcTemplate jdbc, RoundRowMapper mapper) {
        this.jdbc = jdbc;
        this.mapper = mapper;
    }

    List<Finding> findings(UUID round) {
        Map<UUID, List<Statistic>> statistics = new HashMap<>();
        jdbc.query("select * from round_finding_statistic where round_id = ? order by finding_id, position", rs -> {
            BigDecimal value = Sql.exact(rs, "reference_value", "reference_scale");
            MeasuredValue reference = value != null ? new MeasuredValue.Quantity(value)
                    : new MeasuredValue.YesNo(rs.getBoolean("reference_yes"));
            statistics.computeIfAbsent(Sql.uuid(rs, "finding_id"), f -> new ArrayList<>()).add(new Statistic(
                    IndicatorCode.of(rs.getString("indicator_code")), Comparison.valueOf(rs.getString("comparison")), reference));
        }, round);
        return jdbc.query("select * from round_finding where round_id = ? order by position", (rs, n) -> {
            UUID id = Sql.uuid(rs, "finding_id");
            UUID unit = Sql.uuid(rs, "unit_id");
            String dimension = rs.getString("dimension_code");
            return new Finding(new FindingId(id), FindingKind.valueOf(rs.getString("kind")), unit == null ? null : new UnitId(unit),
                    dimension == null ? null : DimensionCode.of(dimension), rs.getString("text"),
                    statistics.getOrDefault(id, List.of()));
        }, round);
    }

    List<RectificationItem> rectifications(UUID round, boolean carried) {
        return jdbc.query("select * from round_rectification where round_id = ? and carried = ? order by position",
                (rs, n) -> mapper.toDomain(new RoundRows.Rectification(Sql.uuid(rs, "item_id"), Sql.uuid(rs, "raised_in"),
                        Sql.uuid(rs, "finding_id"), Sql.uuid(rs, "unit_id"), rs.getString("description"),
                        Sql.date(rs, "due_on"), rs.getString("status"), rs.getString("check_note"))), round, carried);
    }

    void insertFindings(UUID round, List<Finding> findings) {
        jdbc.batchUpdate("insert into round_finding (round_id, position, finding_id, kind, unit_id, dimension_code, text) "
                + "values (?, ?, ?, ?, ?, ?, ?)", RoundTables.indexed(findings), ScoreEntryTable.BATCH_SIZE, (ps, f) -> {
                    Finding finding = f.value();
                    ps.setObject(1, round);
                    ps.setInt(2, f.index());
                    ps.setObject(3, finding.id().value());
                    ps.setString(4, finding.kind().name());
                    Sql.uuid(ps, 5, finding.aboutUnit().map(UnitId::value).orElse(null));
                    Sql.text(ps, 6, finding.aboutDimension().map(DimensionCode::value).orElse(null));
                    ps.setString(7, finding.text());
                });
        for (Finding finding : findings) {
            jdbc.batchUpdate("insert into round_finding_statistic (round_id, finding_id, position, indicator_code, comparison, "
                    + "reference_value, reference_scale, reference_yes) values (?, ?, ?, ?, ?, ?, ?, ?)",
                    RoundTables.indexed(finding.statistics()), ScoreEntryTable.BATCH_SIZE, (ps, s) -> {
                        Statistic statistic = s.value();
                        ps.setObject(1, round);
                        ps.setObject(2, finding.id().value());
                        ps.setInt(3, s.index());
                        ps.setString(4, statistic.indicator().value());
                        ps.setString(5, statistic.comparison().name());
                        switch (statistic.reference()) {
                            case MeasuredValue.Quantity(BigDecimal q) -> {
                                Sql.exact(ps, 6, 7, q);
                                Sql.bool(ps, 8, null);
                            }
                            case MeasuredValue.YesNo(boolean yes) -> {
                                Sql.exact(ps, 6, 7, null);
                                Sql.bool(ps, 8, yes);
                            }
                        }
                    });
        }
    }

    void insertRectifications(UUID round, List<RectificationItem> items, boolean carried) {
        jdbc.batchUpdate("insert into round_rectification (round_id, carried, position, item_id, raised_in, finding_id, "
                + "unit_id, description, due_on, status, check_note) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", RoundTables.indexed(items),
                ScoreEntryTable.BATCH_SIZE, (ps, r) -> {
                    RoundRows.Rectification row = mapper.toRow(r.value());
                    ps.setObject(1, round);
                    ps.setBoolean(2, carried);
                    ps.setInt(3, r.index());
                    ps.setObject(4, row.id());
                    ps.setObject(5, row.raisedIn());
                    ps.setObject(6, row.finding());
                    ps.setObject(7, row.unit());
                    ps.setString(8, row.description());
                    Sql.date(ps, 9, row.due());
                    ps.setString(10, row.status());
                    Sql.text(ps, 11, row.checkNote());
                });
    }
}
