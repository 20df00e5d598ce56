package com.pingyi.evaluation.persistence.result;

import com.pingyi.evaluation.application.port.in.paging.Page;
import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.application.port.out.ResultsSnapshotPort;
import com.pingyi.evaluation.application.readmodel.RankedUnitView;
import com.pingyi.evaluation.domain.result.RoundResults;
import com.pingyi.evaluation.domain.result.UnitResult;
import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.unit.UnitId;
import com.pingyi.evaluation.persistence.support.Sql;
import com.pingyi.evaluation.persistence.support.Transactions;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The results snapshot ({@code round_result}), in plain JDBC: a national round replaces 3,000 rows
 * in one batch, and a grid page is one indexed range read. Each row carries its place in the list
 * ({@code list_position}): ranked units in the domain's rank order (rank, then registry order),
 * then the unrated units in registry order, so a page never sorts anything.
 */
@Component
class ResultsSnapshotAdapter implements ResultsSnapshotPort {

    private static final int BATCH_SIZE = 1_000;

    private final JdbcTemplate jdbc;

    ResultsSnapshotAdapter(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    private record Row(UUID unit, String unitName, int registryIndex, Integer rank, java.math.BigDecimal rate,
            String band, boolean named, boolean vetoed) {
    }

    @Override
    public void replaceResults(RoundId round, RoundResults results) {
        Transactions.requireActive("replaceResults");
        deleteResults(round);
        List<Row> rows = new ArrayList<>(results.size() + results.unrated().size());
        for (UnitResult r : results.ranked()) {
            rows.add(new Row(r.unitId().value(), r.unit().name(), r.registryIndex(), r.rank(), r.rate().percent(),
                    r.band().label(), r.band().namedInNotice(), r.vetoed()));
        }
        for (RoundResults.Unrated u : results.unrated()) {
            rows.add(new Row(u.unit().id().value(), u.unit().name(), u.registryIndex(), null, null, null, false, false));
        }
        List<Integer> positions = new ArrayList<>(rows.size());
        for (int k = 0; k < rows.size(); k++) {
            positions.add(k);
        }
        jdbc.batchUpdate("insert into round_result (round_id, list_position, unit_id, registry_index, unit_name, unit_rank, "
                + "score_rate, rate_scale, band, named, vetoed) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", positions, BATCH_SIZE,
                (ps, k) -> {
                    Row row = rows.get(k);
                    ps.setObject(1, round.value());
                    ps.setInt(2, k);
                    ps.setObject(3, row.unit());
                    ps.setInt(4, row.registryIndex());
                    ps.setString(5, row.unitName());
                    Sql.integer(ps, 6, row.rank());
                    Sql.exact(ps, 7, 8, row.rate());
                    Sql.text(ps, 9, row.band());
                    ps.setBoolean(10, row.named());
                    ps.setBoolean(11, row.vetoed());
                });
    }

    @Override
    public Page<RankedUnitView> loadResults(RoundId round, PageRequest page) {
        List<RankedUnitView> rows = jdbc.query("select unit_id, unit_name, registry_index, unit_rank, score_rate, rate_scale, "
                + "band, named, vetoed from round_result where round_id = ? order by list_position "
                + "offset ? rows fetch next ? rows only", (rs, n) -> new RankedUnitView(new UnitId(Sql.uuid(rs, "unit_id")),
                        rs.getString("unit_name"), rs.getInt("registry_index"), Sql.integer(rs, "unit_rank"),
                        Sql.exact(rs, "score_rate", "rate_scale"), rs.getString("band"), rs.getBoolean("named"),
                        rs.getBoolean("vetoed")), round.value(), page.offset(), page.limit());
        Long total = jdbc.queryForObject("select count(*) from round_result where round_id = ?", Long.class, round.value());
        return new Page<>(rows, total == null ? 0 : total);
    }

    @Override
    public void deleteResults(RoundId round) {
        jdbc.update("delete from round_result where round_id = ?", round.value());
    }
}
