package com.pingyi.evaluation.application.port.in.audit;

import java.time.Instant;

/** Narrows the audit trail; every part is optional ({@code null} matches all). */
public record AuditFilter(String aggregateType, String aggregateId, String actor, String useCase, Instant from, Instant to) {

    public static AuditFilter everything() {
        return new AuditFilter(null, null, null, null, null, null);
    }

    public static AuditFilter ofAggregate(String aggregateType, String aggregateId) {
        return new AuditFilter(aggregateType, aggregateId, null, null, null, null);
    }
}
