package com.pingyi.evaluation.application.port.in.round;

import com.pingyi.evaluation.domain.round.RoundId;
import java.util.Objects;

/** Query: one round's header and version. */
public record GetRound(RoundId round) {

    public GetRound {
        Objects.requireNonNull(round, "round");
    }
}
