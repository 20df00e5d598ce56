package com.pingyi.evaluation.persistence.round;

import com.pingyi.evaluation.application.port.out.FindRoundsOfScorerPort;
import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.score.ScorerId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Which rounds registered a scorer: one indexed query on the rosters, no round is loaded. */
@Component
class RoundsOfScorerAdapter implements FindRoundsOfScorerPort {

    private final NamedParameterJdbcTemplate jdbc;

    RoundsOfScorerAdapter(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<RoundId> findRoundsOfScorer(ScorerId scorer) {
        return jdbc.queryForList("select round_id from round_scorer where scorer_id = :scorer", Map.of("scorer", scorer.value()), UUID.class)
                .stream().map(RoundId::new).toList();
    }
}
