package com.pingyi.evaluation.persistence.round;

import com.pingyi.evaluation.domain.grade.GradeScale;
import com.pingyi.evaluation.domain.scheme.Aggregation;
import com.pingyi.evaluation.domain.scheme.Dimension;
import com.pingyi.evaluation.domain.scheme.DimensionCode;
import com.pingyi.evaluation.domain.scheme.EvaluationMethod;
import com.pingyi.evaluation.domain.scheme.Indicator;
import com.pingyi.evaluation.domain.scheme.IndicatorCode;
import com.pingyi.evaluation.domain.scheme.IndicatorKind;
import com.pingyi.evaluation.domain.scheme.MeasuredRule;
import com.pingyi.evaluation.domain.scheme.Scheme;
import com.pingyi.evaluation.domain.shared.Points;
import com.pingyi.evaluation.domain.shared.ScoreRate;
import com.pingyi.evaluation.domain.shared.Weight;
import com.pingyi.evaluation.persistence.support.Sql;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A round's scheme (dimensions, indicators with their kind and rule) and grade bands, in plain JDBC:
 * the part of {@link RoundTables} that maps the sealed kinds and rules to columns and back.
 */
final class SchemeTables {

    private final JdbcTemplate jdbc;
    private final RoundRowMapper mapper;

    SchemeTables(JdbcTemplate jdbc, RoundRowMapper mapper) {
        this.jdbc = jdbc;
        this.mapper = mapper;
    }

    Scheme scheme(UUID round) {
        Map<String, List<Indicator>> byDimension = new HashMap<>();
        jdbc.query("select * from round_indicator where round_id = ? order by position", rs -> {
            byDimension.computeIfAbsent(rs.getString("dimension_code"), d -> new ArrayList<>()).add(new Indicator(
                    IndicatorCode.of(rs.getString("code")), rs.getString("name"), new Points(rs.getBigDecimal("max_points")),
                    EvaluationMethod.valueOf(rs.getString("method")), kind(rs), Aggregation.valueOf(rs.getString("aggregation"))));
        }, round);
        List<Dimension> dimensions = jdbc.query("select * from round_dimension where round_id = ? order by position",
                (rs, n) -> new Dimension(DimensionCode.of(rs.getString("code")), rs.getString("name"),
                        new Weight(rs.getBigDecimal("weight")), byDimension.getOrDefault(rs.getString("code"), List.of())),
                round);
        return dimensions.isEmpty() ? null : new Scheme(dimensions);
    }

    private static IndicatorKind kind(java.sql.ResultSet rs) throws java.sql.SQLException {
        String kind = rs.getString("kind");
        return switch (kind) {
            case "POINTS" -> IndicatorKind.points();
            case "DEDUCTION" -> IndicatorKind.deduction();
            case "VETO" -> IndicatorKind.veto();
            case "BONUS" -> IndicatorKind.bonus(new ScoreRate(Sql.exact(rs, "bonus_threshold", "bonus_threshold_scale")));
            case "MEASURED" -> {
                BigDecimal value = Sql.exact(rs, "rule_value", "rule_value_scale");
                MeasuredRule rule = switch (rs.getString("rule_kind")) {
                    case "LINEAR" -> new MeasuredRule.Linear(value);
                    case "AT_LEAST" -> new MeasuredRule.AtLeast(value);
                    case "AT_MOST" -> new MeasuredRule.AtMost(value);
                    case "YES_NO" -> new MeasuredRule.YesNoRule();
                    default -> throw new IllegalStateException("unknown rule " + rs.getString("rule_kind"));
                };
                yield IndicatorKind.measured(rule);
            }
            default -> throw new IllegalStateException("unknown indicator kind " + kind);
        };
    }

    GradeScale scale(UUID round) {
        List<com.pingyi.evaluation.domain.grade.GradeBand> bands = jdbc.query(
                "select * from round_grade_band where round_id = ? order by position",
                (rs, n) -> mapper.toDomain(new RoundRows.Band(rs.getString("label"), Sql.exact(rs, "lower_bound", "lower_scale"),
                        rs.getBoolean("lower_inclusive"), Sql.exact(rs, "upper_bound", "upper_scale"),
                        rs.getBoolean("upper_inclusive"), rs.getBoolean("named_in_notice"))), round);
        return bands.isEmpty() ? null : new GradeScale(bands);
    }

    void insertScheme(UUID round, Scheme scheme) {
        if (scheme == null) {
            return;
        }
        jdbc.batchUpdate("insert into round_dimension (round_id, position, code, name, weight) values (?, ?, ?, ?, ?)",
                RoundTables.indexed(scheme.dimensions()), ScoreEntryTable.BATCH_SIZE, (ps, d) -> {
                    ps.setObject(1, round);
                    ps.setInt(2, d.index());
                    ps.setString(3, d.value().code().value());
                    ps.setString(4, d.value().name());
                    ps.setBigDecimal(5, d.value().weight().percent());
                });
        List<RoundTables.Indexed<Indicator>> indicators = RoundTables.indexed(scheme.indicators());
        jdbc.batchUpdate("insert into round_indicator (round_id, position, dimension_code, code, name, max_points, method, "
                + "kind, aggregation, rule_kind, rule_value, rule_value_scale, bonus_threshold, bonus_threshold_scale) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", indicators, ScoreEntryTable.BATCH_SIZE, (ps, ix) -> {
                    Indicator i = ix.value();
                    ps.setObject(1, round);
                    ps.setInt(2, ix.index());
                    ps.setString(3, scheme.dimensions().get(scheme.dimensionIndexOf(ix.index())).code().value());
                    ps.setString(4, i.code().value());
                    ps.setString(5, i.name());
                    ps.setBigDecimal(6, i.max().value());
                    ps.setString(7, i.method().name());
                    ps.setString(8, i.kind().name());
                    ps.setString(9, i.aggregation().name());
                    String rule = null;
                    BigDecimal ruleValue = null;
                    BigDecimal bonus = null;
                    switch (i.kind()) {
                        case IndicatorKind.Measured(MeasuredRule r) -> {
                            switch (r) {
                                case MeasuredRule.Linear(BigDecimal target) -> {
                                    rule = "LINEAR";
                                    ruleValue = target;
                                }
                                case MeasuredRule.AtLeast(BigDecimal threshold) -> {
                                    rule = "AT_LEAST";
                                    ruleValue = threshold;
                                }
                                case MeasuredRule.AtMost(BigDecimal threshold) -> {
                                    rule = "AT_MOST";
                                    ruleValue = threshold;
                                }
                                case MeasuredRule.YesNoRule y -> rule = "YES_NO";
                            }
                        }
                        case IndicatorKind.Bonus(ScoreRate threshold) -> bonus = threshold.percent();
                        case IndicatorKind.Scored s -> {
                        }
                        case IndicatorKind.Deduction d -> {
                        }
                        case IndicatorKind.Veto v -> {
                        }
                    }
                    Sql.text(ps, 10, rule);
                    Sql.exact(ps, 11, 12, ruleValue);
                    Sql.exact(ps, 13, 14, bonus);
                });
    }

    void insertScale(UUID round, GradeScale scale) {
        if (scale == null) {
            return;
        }
        jdbc.batchUpdate("insert into round_grade_band (round_id, position, label, lower_bound, lower_scale, lower_inclusive, "
                + "upper_bound, upper_scale, upper_inclusive, named_in_notice) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                RoundTables.indexed(scale.bands()), ScoreEntryTable.BATCH_SIZE, (ps, b) -> {
                    RoundRows.Band row = mapper.toRow(b.value());
                    ps.setObject(1, round);
                    ps.setInt(2, b.index());
                    ps.setString(3, row.label());
                    Sql.exact(ps, 4, 5, row.lower());
                    ps.setBoolean(6, row.lowerInclusive());
                    Sql.exact(ps, 7, 8, row.upper());
                    ps.setBoolean(9, row.upperInclusive());
                    ps.setBoolean(10, row.namedInNotice());
                });
    }
}
