package com.pingyi.evaluation.application.port.in.result;

import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.domain.round.RoundId;
import java.util.Objects;

/** Query: one page of the scores still missing before the round can close, by unit and indicator. */
public record ListMissingScores(RoundId round, PageRequest page) {

    public ListMissingScores {
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(page, "page");
    }
}
