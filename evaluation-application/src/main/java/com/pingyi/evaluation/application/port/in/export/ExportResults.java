package com.pingyi.evaluation.application.port.in.export;

import com.pingyi.evaluation.domain.round.RoundId;
import java.util.Objects;

/** Query: a round's results, ranked, with every dimension's rate and the band, as a spreadsheet. */
public record ExportResults(RoundId round) {

    public ExportResults {
        Objects.requireNonNull(round, "round");
    }
}
