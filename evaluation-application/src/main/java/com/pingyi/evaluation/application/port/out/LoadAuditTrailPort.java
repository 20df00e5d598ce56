package com.pingyi.evaluation.application.port.out;

import com.pingyi.evaluation.application.port.in.audit.AuditFilter;
import com.pingyi.evaluation.application.port.in.paging.Page;
import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.application.readmodel.AuditEntryView;

/** Reads the audit trail, newest first. */
public interface LoadAuditTrailPort {

    Page<AuditEntryView> loadAuditTrail(AuditFilter filter, PageRequest page);
}
