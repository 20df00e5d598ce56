package com.pingyi.evaluation.application.port.in.finding;

import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.domain.round.RoundId;
import java.util.Objects;

/** Query: one page of a round's rectification items, those raised in it or those carried into it. */
public record ListRectifications(RoundId round, Origin origin, PageRequest page) {

    /** Where the items come from. */
    public enum Origin {
        /** Raised in this round from its PROBLEM findings, to be checked in the next one. */
        RAISED_HERE,
        /** Still open when the previous round was cloned into this one: to be checked here. */
        CARRIED_IN
    }

    public ListRectifications {
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(page, "page");
    }
}
