package com.pingyi.evaluation.application.service.audit;

import com.pingyi.evaluation.application.port.in.audit.QueryAuditTrailUseCase;
import com.pingyi.evaluation.application.port.out.LoadAuditTrailPort;

/** The only way to obtain the audit-trail query (the service itself is package-private). */
public final class AuditServices {

    private AuditServices() {
    }

    public static QueryAuditTrailUseCase queryAuditTrail(LoadAuditTrailPort load) {
        return new QueryAuditTrailService(load);
    }
}
