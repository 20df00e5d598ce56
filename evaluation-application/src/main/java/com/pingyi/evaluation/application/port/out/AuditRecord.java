package com.pingyi.evaluation.application.port.out;

import java.time.Instant;
import java.util.Objects;

/**
 * One change as the audit trail keeps it: who, when, through which use case, to which aggregate,
 * and its state before and after as JSON ({@code null} before a creation or after a deletion).
 */
public record AuditRecord(Instant at, String actor, String useCase, String aggregateType, String aggregateId,
                          String before, String after) {

    public AuditRecord {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(useCase, "useCase");
        Objects.requireNonNull(aggregateType, "aggregateType");
        Objects.requireNonNull(aggregateId, "aggregateId");
    }
}
