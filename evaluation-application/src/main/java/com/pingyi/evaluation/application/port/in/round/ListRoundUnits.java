package com.pingyi.evaluation.application.port.in.round;

import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.domain.round.RoundId;
import java.util.Objects;

/** Query: one page of a round's units in registry order, optionally narrowed by a text in their names. */
public record ListRoundUnits(RoundId round, String search, PageRequest page) {

    public ListRoundUnits {
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(page, "page");
        search = search == null || search.isBlank() ? null : search.strip();
    }
}
