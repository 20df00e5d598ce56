package com.pingyi.evaluation.application.service.audit;

import com.pingyi.evaluation.application.port.out.AppendAuditPort;
import com.pingyi.evaluation.application.port.out.AuditRecord;
import com.pingyi.evaluation.application.port.out.CurrentActorPort;
import java.time.Clock;
import java.util.Map;

/**
 * What every mutating use case calls once, inside its transaction, so that the change and its
 * audit entry are written together or not at all.
 */
public final class AuditTrail {

    private final AppendAuditPort append;
    private final CurrentActorPort actor;
    private final Clock clock;

    public AuditTrail(AppendAuditPort append, CurrentActorPort actor, Clock clock) {
        this.append = append;
        this.actor = actor;
        this.clock = clock;
    }

    /**
     * Records one change. {@code before} and {@code after} are snapshots of the aggregate as ordered
     * maps of plain values ({@code null} for "did not exist"); they are stored as JSON.
     */
    public void record(String useCase, String aggregateType, Object aggregateId, Map<String, ?> before, Map<String, ?> after) {
        append.append(new AuditRecord(clock.instant(), actor.currentActor(), useCase, aggregateType, String.valueOf(aggregateId),
                before == null ? null : Json.write(before), after == null ? null : Json.write(after)));
    }
}
