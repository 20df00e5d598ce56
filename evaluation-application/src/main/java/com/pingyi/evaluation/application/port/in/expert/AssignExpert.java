package com.pingyi.evaluation.application.port.in.expert;

import com.pingyi.evaluation.application.port.in.round.RoundRef;
import com.pingyi.evaluation.domain.score.Assignment;
import com.pingyi.evaluation.domain.score.ScorerId;
import java.util.Objects;
import java.util.Set;

/**
 * Command: the complete set of unit x dimension pairs one expert scores from now on, replacing what they
 * had; all or nothing.
 */
public record AssignExpert(RoundRef round, ScorerId expert, Set<Assignment> pairs) {

    public AssignExpert {
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(expert, "expert");
        pairs = pairs == null ? Set.of() : Set.copyOf(pairs);
    }
}
