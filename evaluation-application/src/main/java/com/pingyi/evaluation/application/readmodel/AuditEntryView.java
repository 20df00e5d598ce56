package com.pingyi.evaluation.application.readmodel;

import java.time.Instant;

/** One audit entry as the trail shows it; {@code sequence} orders entries that share an instant. */
public record AuditEntryView(long sequence, Instant at, String actor, String useCase, String aggregateType,
                             String aggregateId, String before, String after) {
}
