package com.pingyi.evaluation.application.port.in.round;

import com.pingyi.evaluation.domain.score.ScoreEntry;
import java.util.List;
import java.util.Objects;

/** Command: records a batch of entries all or nothing, refusing the batch with every rejected entry listed. */
public record RecordScores(RoundRef round, List<ScoreEntry> entries) {

    public RecordScores {
        Objects.requireNonNull(round, "round");
        entries = List.copyOf(entries);
    }
}
