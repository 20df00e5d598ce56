package com.pingyi.evaluation.application.port.in.finding;

import com.pingyi.evaluation.domain.round.RoundId;
import java.util.Objects;

/** Query: what the findings editor of a round can offer (statistics with their figures, units, dimensions). */
public record ListStatisticOptions(RoundId round) {

    public ListStatisticOptions {
        Objects.requireNonNull(round, "round");
    }
}
