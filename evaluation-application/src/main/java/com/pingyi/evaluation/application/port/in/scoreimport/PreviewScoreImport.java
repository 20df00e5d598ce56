package com.pingyi.evaluation.application.port.in.scoreimport;

import com.pingyi.evaluation.domain.round.RoundId;
import java.util.Objects;

/** Query: what importing this file would write into the round, and every problem, without writing anything. */
public record PreviewScoreImport(RoundId round, String fileName, byte[] content) {

    public PreviewScoreImport {
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(content, "content");
    }
}
