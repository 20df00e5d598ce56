package com.pingyi.evaluation.application.service.audit;

import com.pingyi.evaluation.application.port.in.audit.QueryAuditTrail;
import com.pingyi.evaluation.application.port.in.audit.QueryAuditTrailUseCase;
import com.pingyi.evaluation.application.port.in.paging.Page;
import com.pingyi.evaluation.application.port.out.LoadAuditTrailPort;
import com.pingyi.evaluation.application.readmodel.AuditEntryView;
import org.springframework.transaction.annotation.Transactional;

class QueryAuditTrailService implements QueryAuditTrailUseCase {

    private final LoadAuditTrailPort load;

    QueryAuditTrailService(LoadAuditTrailPort load) {
        this.load = load;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<AuditEntryView> queryAuditTrail(QueryAuditTrail query) {
        return load.loadAuditTrail(query.filter(), query.page());
    }
}
