package com.pingyi.evaluation.application.port.in.round;

import com.pingyi.evaluation.domain.round.EvaluationYear;
import java.util.Objects;

/** Command: creates a new round, in DRAFT, with the default grade scale of the seed. */
public record CreateRound(EvaluationYear year, String title) {

    public CreateRound {
        Objects.requireNonNull(year, "year");
    }
}
