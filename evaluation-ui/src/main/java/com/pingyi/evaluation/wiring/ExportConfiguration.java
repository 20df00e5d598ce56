package com.pingyi.evaluation.wiring;

import com.pingyi.evaluation.application.port.in.export.ExportNoticeUseCase;
import com.pingyi.evaluation.application.port.in.export.ExportResultsUseCase;
import com.pingyi.evaluation.application.port.in.export.ExportRoundAuditUseCase;
import com.pingyi.evaluation.application.port.out.LoadAuditTrailPort;
import com.pingyi.evaluation.application.port.out.LoadRoundPort;
import com.pingyi.evaluation.application.port.out.NoticeDocumentPort;
import com.pingyi.evaluation.application.port.out.ResultsWorkbookPort;
import com.pingyi.evaluation.application.service.export.ExportServices;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The downloads (notice, results, a round's audit trail); the document adapters come from evaluation-documents. */
@Configuration(proxyBeanMethods = false)
class ExportConfiguration {

    @Bean
    ExportNoticeUseCase exportNoticeUseCase(LoadRoundPort load, NoticeDocumentPort documents) {
        return ExportServices.exportNotice(load, documents);
    }

    @Bean
    ExportResultsUseCase exportResultsUseCase(LoadRoundPort load, ResultsWorkbookPort workbooks) {
        return ExportServices.exportResults(load, workbooks);
    }

    @Bean
    ExportRoundAuditUseCase exportRoundAuditUseCase(LoadAuditTrailPort trail) {
        return ExportServices.exportRoundAudit(trail);
    }
}
