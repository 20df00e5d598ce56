package com.pingyi.evaluation.application.port.in.expert;

import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.domain.round.RoundId;
import java.util.Objects;

/**
 * Query: a round's experts and one page of its units (those whose name contains {@code unitFilter},
 * all when it is blank), each with the experts assigned per dimension.
 */
public record GetAssignmentMatrix(RoundId round, String unitFilter, PageRequest units) {

    public GetAssignmentMatrix {
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(units, "units");
        unitFilter = unitFilter == null ? "" : unitFilter.strip();
    }
}
