package com.pingyi.evaluation.application.port.in.finding;

import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.domain.finding.FindingKind;
import com.pingyi.evaluation.domain.round.RoundId;
import java.util.Objects;

/** Query: one page of a round's findings of one kind, or of every kind when {@code kind} is null, in the notice's order. */
public record ListFindings(RoundId round, FindingKind kind, PageRequest page) {

    public ListFindings {
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(page, "page");
    }
}
