package com.pingyi.evaluation.application.port.out;

import com.pingyi.evaluation.application.port.in.paging.Page;
import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.application.port.in.round.RoundFilter;
import com.pingyi.evaluation.application.readmodel.RoundState;
import com.pingyi.evaluation.application.readmodel.RoundSummary;
import com.pingyi.evaluation.domain.round.RoundId;
import java.util.Optional;

/** The rounds list, read without loading whole aggregates. */
public interface LoadRoundSummariesPort {

    /** One page of the rounds the filter accepts, newest year first, then by title. */
    Page<RoundSummary> loadRoundSummaries(RoundFilter filter, PageRequest page);

    long countRounds();

    /** A round's heading and current version, without its contents. */
    Optional<RoundState> loadRoundHeader(RoundId id);
}
