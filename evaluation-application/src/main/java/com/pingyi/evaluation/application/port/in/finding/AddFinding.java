package com.pingyi.evaluation.application.port.in.finding;

import com.pingyi.evaluation.application.port.in.round.RoundRef;
import com.pingyi.evaluation.domain.finding.Finding;
import java.util.Objects;

/** Command: adds an achievement, a problem or a requirement, round-wide or about one unit; quoted figures are computed when the notice is rendered. */
public record AddFinding(RoundRef round, Finding finding) {

    public AddFinding {
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(finding, "finding");
    }
}
