package com.pingyi.evaluation.application.port.out;

import com.pingyi.evaluation.domain.round.EvaluationRound;

/**
 * Writes a whole round aggregate and returns it as stored, with its new version. A copy older than
 * the stored one is refused with the domain's ConcurrentChangeException and nothing is written.
 * Only what changed is written: recording one score in a round of a million must not rewrite the rest.
 */
public interface SaveRoundPort {

    EvaluationRound saveRound(EvaluationRound round);
}
