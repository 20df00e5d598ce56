package com.pingyi.evaluation.application.port.in.round;

import com.pingyi.evaluation.domain.shared.Points;
import java.util.Objects;

/** Command: sets the expert spread (standard deviation, in points) above which scores are flagged for a second look. */
public record DefineSpreadLimit(RoundRef round, Points limit) {

    public DefineSpreadLimit {
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(limit, "limit");
    }
}
