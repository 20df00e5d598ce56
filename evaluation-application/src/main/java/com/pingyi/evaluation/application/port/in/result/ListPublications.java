package com.pingyi.evaluation.application.port.in.result;

import com.pingyi.evaluation.domain.round.RoundId;
import java.util.Objects;

/** Query: the published versions of a round, the first publication and each correction. */
public record ListPublications(RoundId round) {

    public ListPublications {
        Objects.requireNonNull(round, "round");
    }
}
