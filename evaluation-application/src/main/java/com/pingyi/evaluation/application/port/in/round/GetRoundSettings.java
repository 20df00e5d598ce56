package com.pingyi.evaluation.application.port.in.round;

import com.pingyi.evaluation.domain.round.RoundId;
import java.util.Objects;

/** Query: the scheme and grade bands of one round, as they stand. */
public record GetRoundSettings(RoundId round) {

    public GetRoundSettings {
        Objects.requireNonNull(round, "round");
    }
}
