package com.pingyi.evaluation.application.port.in.archive;

import com.pingyi.evaluation.domain.round.RoundId;
import java.util.Objects;

/** Query: the whole round as a JSON archive (scheme, units, scores, findings, publications, results). */
public record ExportRoundArchive(RoundId round) {

    public ExportRoundArchive {
        Objects.requireNonNull(round, "round");
    }
}
