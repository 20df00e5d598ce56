package com.pingyi.evaluation.application.port.out;

import com.pingyi.evaluation.application.port.in.paging.Page;
import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.domain.round.EvaluationRound;

/** Reads rounds from storage. */
public interface LoadRoundsPort {

    /** One page of rounds, newest year first, then by title. */
    Page<EvaluationRound> loadRounds(PageRequest page);

    long countRounds();
}
