package com.pingyi.evaluation.application.port.in.finding;

import com.pingyi.evaluation.application.port.in.round.RoundRef;
import com.pingyi.evaluation.domain.finding.FindingId;
import java.time.LocalDate;
import java.util.Objects;

/** Command: turns a PROBLEM finding about a unit into a rectification item (整改) with a due date, carried into the next round. */
public record RaiseRectification(RoundRef round, FindingId finding, String description, LocalDate due) {

    public RaiseRectification {
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(due, "due");
    }
}
