package com.pingyi.evaluation.application.port.in.round;

import com.pingyi.evaluation.domain.score.Scorer;
import java.util.Objects;

/** Command: registers an expert or a unit contact as a scorer, with assignments and affiliations (conflict of interest). */
public record RegisterScorer(RoundRef round, Scorer scorer) {

    public RegisterScorer {
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(scorer, "scorer");
    }
}
