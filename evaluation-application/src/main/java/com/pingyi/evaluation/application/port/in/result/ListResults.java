package com.pingyi.evaluation.application.port.in.result;

import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.domain.round.RoundId;
import java.util.Objects;

/** Query: one page of a round's results in rank order. */
public record ListResults(RoundId round, PageRequest page) {

    public ListResults {
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(page, "page");
    }
}
