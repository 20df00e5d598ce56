package com.pingyi.evaluation.application.port.out;

import com.pingyi.evaluation.application.port.in.paging.Page;
import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.application.readmodel.RankedUnitView;
import com.pingyi.evaluation.domain.result.RoundResults;
import com.pingyi.evaluation.domain.round.RoundId;

/**
 * The stored results of a closed or published round: a snapshot computed by the domain (never by
 * SQL), replaced only when the round's results are recomputed, and read page by page in rank order.
 */
public interface ResultsSnapshotPort {

    void replaceResults(RoundId round, RoundResults results);

    /** Ranked order: rank ascending (vetoed units last), then registry order; unrated units after all. */
    Page<RankedUnitView> loadResults(RoundId round, PageRequest page);

    void deleteResults(RoundId round);
}
