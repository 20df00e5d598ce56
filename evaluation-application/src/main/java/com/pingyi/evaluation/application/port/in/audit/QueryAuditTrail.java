package com.pingyi.evaluation.application.port.in.audit;

import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import java.util.Objects;

/** Query: one page of the audit trail, newest first. */
public record QueryAuditTrail(AuditFilter filter, PageRequest page) {

    public QueryAuditTrail {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(page, "page");
    }
}
