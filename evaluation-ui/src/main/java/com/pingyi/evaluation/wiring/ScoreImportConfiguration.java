package com.pingyi.evaluation.wiring;

import com.pingyi.evaluation.application.port.in.scoreimport.DownloadScoreTemplateUseCase;
import com.pingyi.evaluation.application.port.in.scoreimport.ImportScoresUseCase;
import com.pingyi.evaluation.application.port.in.scoreimport.PreviewScoreImportUseCase;
import com.pingyi.evaluation.application.port.in.scoreimport.RenderScoreImportReportUseCase;
import com.pingyi.evaluation.application.port.out.LoadRoundPort;
import com.pingyi.evaluation.application.port.out.SaveRoundPort;
import com.pingyi.evaluation.application.port.out.ScoreFileReaderPort;
import com.pingyi.evaluation.application.port.out.WorkbookWriterPort;
import com.pingyi.evaluation.application.service.audit.AuditTrail;
import com.pingyi.evaluation.application.service.scoreimport.ScoreImportLimits;
import com.pingyi.evaluation.application.service.scoreimport.ScoreImportServices;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The score import: its use cases over the round's ports and the file adapters, with the limits from the settings. */
@Configuration(proxyBeanMethods = false)
class ScoreImportConfiguration {

    @Bean
    ScoreImportLimits scoreImportLimits(@Value("${pingyi.import.max-bytes:20971520}") long maxBytes,
                                        @Value("${pingyi.import.max-rows:200000}") int maxRows) {
        return new ScoreImportLimits(maxBytes, maxRows);
    }

    @Bean
    ScoreImportServices scoreImportServices(LoadRoundPort load, SaveRoundPort save, AuditTrail audit, ScoreFileReaderPort reader,
                                            WorkbookWriterPort writer, ScoreImportLimits limits) {
        return new ScoreImportServices(load, save, audit, reader, writer, limits);
    }

    @Bean
    DownloadScoreTemplateUseCase downloadScoreTemplateUseCase(ScoreImportServices imports) {
        return imports.downloadScoreTemplate();
    }

    @Bean
    PreviewScoreImportUseCase previewScoreImportUseCase(ScoreImportServices imports) {
        return imports.previewScoreImport();
    }

    @Bean
    ImportScoresUseCase importScoresUseCase(ScoreImportServices imports) {
        return imports.importScores();
    }

    @Bean
    RenderScoreImportReportUseCase renderScoreImportReportUseCase(ScoreImportServices imports) {
        return imports.renderScoreImportReport();
    }
}
