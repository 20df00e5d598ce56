package com.pingyi.evaluation.application.port.in.export;

import com.pingyi.evaluation.domain.round.RoundId;
import java.util.Objects;

/** Query: the whole audit trail of one round, as a CSV file. */
public record ExportRoundAudit(RoundId round) {

    public ExportRoundAudit {
        Objects.requireNonNull(round, "round");
    }
}
