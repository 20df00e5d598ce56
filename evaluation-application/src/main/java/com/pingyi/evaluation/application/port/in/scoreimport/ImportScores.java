package com.pingyi.evaluation.application.port.in.scoreimport;

import com.pingyi.evaluation.domain.round.RoundId;
import java.util.Objects;

/** Command: the scores in a spreadsheet or CSV file, written all or nothing into the round. */
public record ImportScores(RoundId round, String fileName, byte[] content) {

    public ImportScores {
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(content, "content");
    }
}
