package com.pingyi.evaluation.application.service.export;

import com.pingyi.evaluation.application.port.in.export.ExportNoticeUseCase;
import com.pingyi.evaluation.application.port.in.export.ExportResultsUseCase;
import com.pingyi.evaluation.application.port.in.export.ExportRoundAuditUseCase;
import com.pingyi.evaluation.application.port.out.LoadAuditTrailPort;
import com.pingyi.evaluation.application.port.out.LoadRoundPort;
import com.pingyi.evaluation.application.port.out.NoticeDocumentPort;
import com.pingyi.evaluation.application.port.out.ResultsWorkbookPort;

/** The only way to obtain the export use cases (the services themselves are package-private). */
public final class ExportServices {

    private ExportServices() {
    }

    public static ExportNoticeUseCase exportNotice(LoadRoundPort load, NoticeDocumentPort documents) {
        return new ExportNoticeService(load, documents);
    }

    public static ExportResultsUseCase exportResults(LoadRoundPort load, ResultsWorkbookPort workbooks) {
        return new ExportResultsService(load, workbooks);
    }

    public static ExportRoundAuditUseCase exportRoundAudit(LoadAuditTrailPort trail) {
        return new ExportRoundAuditService(trail);
    }
}
