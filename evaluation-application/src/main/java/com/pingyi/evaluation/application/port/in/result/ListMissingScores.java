package com.pingyi.evaluation.application.port.in.result;

import com.pingyi.evaluation.domain.round.RoundId;
import java.util.Objects;

/** Query: every score still missing before the round can close. */
public record ListMissingScores(RoundId round) {

    public ListMissingScores {
        Objects.requireNonNull(round, "round");
    }
}
