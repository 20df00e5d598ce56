package com.pingyi.evaluation.application.port.in.expert;

import com.pingyi.evaluation.application.port.in.round.RoundRef;
import com.pingyi.evaluation.domain.score.ScorerId;
import java.util.Objects;

/** Command: removes a registered expert or unit contact who has recorded no score. */
public record RemoveScorer(RoundRef round, ScorerId scorer) {

    public RemoveScorer {
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(scorer, "scorer");
    }
}
