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
        recordAs(actor.currentActor(), useCase, aggregateType, aggregateId, before, after);
    }

    /**
     * Records one change on behalf of a named actor: a sign-in is done by the person who tried it,
     * while nobody is signed in yet. The name is cut to what the trail keeps (64 characters).
     */
    public void recordAs(String actorName, String useCase, String aggregateType, Object aggregateId, Map<String, ?> before,
                         Map<String, ?> after) {
        append.append(new AuditRecord(clock.instant(), cut(actorName), useCase, aggregateType, cut(String.valueOf(aggregateId)),
                before == null ? null : Json.write(before), after == null ? null : Json.write(after)));
    }

    private static String cut(String text) {
        return text.length() <= 64 ? text : text.substring(0, 64);
    }
}
