package com.pingyi.evaluation.application.port.out;

/**
 * Appends to the audit trail, in the caller's transaction. There is deliberately no port to change
 * or remove an entry: the trail is append-only.
 */
public interface AppendAuditPort {

    void append(AuditRecord record);
}
