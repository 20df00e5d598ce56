package com.pingyi.evaluation.application.port.out;

import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.round.RoundId;
import java.util.Optional;

/** Reads one whole round aggregate (scheme, scale, units, scores, findings, publications). */
public interface LoadRoundPort {

    Optional<EvaluationRound> loadRound(RoundId id);
}
