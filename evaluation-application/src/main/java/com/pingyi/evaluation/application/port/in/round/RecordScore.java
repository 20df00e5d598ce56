package com.pingyi.evaluation.application.port.in.round;

import com.pingyi.evaluation.domain.score.ScoreEntry;
import java.util.Objects;

/** Command: records a score, a measured value, a self-inspection claim, a veto outcome, a violation or a not-applicable mark; refused with the rule it breaks. */
public record RecordScore(RoundRef round, ScoreEntry entry) {

    public RecordScore {
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(entry, "entry");
    }
}
