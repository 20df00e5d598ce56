package com.pingyi.evaluation.application.port.out;

import com.pingyi.evaluation.application.port.in.paging.Page;
import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.application.readmodel.RoundSummary;

/** The rounds list, read without loading whole aggregates. */
public interface LoadRoundSummariesPort {

    /** One page of rounds, newest year first, then by title. */
    Page<RoundSummary> loadRoundSummaries(PageRequest page);

    long countRounds();
}
