package com.pingyi.evaluation.application.port.in.finding;

import com.pingyi.evaluation.application.port.in.round.RoundRef;
import com.pingyi.evaluation.domain.finding.FindingId;
import java.util.Objects;

/** Command: removes a finding. */
public record RemoveFinding(RoundRef round, FindingId finding) {

    public RemoveFinding {
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(finding, "finding");
    }
}
