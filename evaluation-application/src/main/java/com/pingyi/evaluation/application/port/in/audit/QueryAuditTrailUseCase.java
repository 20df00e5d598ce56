package com.pingyi.evaluation.application.port.in.audit;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.port.in.paging.Page;
import com.pingyi.evaluation.application.readmodel.AuditEntryView;
import jakarta.annotation.security.RolesAllowed;

/** Admins and auditors read every change: who, when, what, before and after. */
public interface QueryAuditTrailUseCase {

    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    Page<AuditEntryView> queryAuditTrail(QueryAuditTrail query);
}
