package com.pingyi.evaluation.persistence.unit;

import com.pingyi.evaluation.application.port.out.FindRoundsOfUnitsPort;
import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Which rounds enrolled a unit: one indexed query on the enrolments, no round is loaded. */
@Component
class RoundsOfUnitsAdapter implements FindRoundsOfUnitsPort {

    private final NamedParameterJdbcTemplate jdbc;

    RoundsOfUnitsAdapter(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<RoundId> findRoundsOfUnits(Set<UnitId> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = units.stream().map(UnitId::value).toList();
        return jdbc.queryForList("select distinct round_id from round_unit where unit_id in (:ids)", Map.of("ids", ids), UUID.class)
                .stream().map(RoundId::new).toList();
    }
}
