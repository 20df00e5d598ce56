package com.pingyi.evaluation.application.port.out;

import com.pingyi.evaluation.domain.round.EvaluationRound;

/** Writes a round; a stale version is refused (optimistic locking). */
public interface SaveRoundPort {

    EvaluationRound saveRound(EvaluationRound round);
}
