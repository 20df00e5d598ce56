package com.pingyi.evaluation.application.port.in.round;

import com.pingyi.evaluation.domain.round.EvaluationYear;
import com.pingyi.evaluation.domain.round.RoundId;
import java.util.Objects;

/** Command: creates next year's round from an earlier one: scheme, bands, units and open rectification items; no scores. */
public record CloneRound(RoundId source, EvaluationYear year, String title) {

    public CloneRound {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(year, "year");
    }
}
