package com.pingyi.evaluation.application.service.scoreimport;

import com.pingyi.evaluation.application.port.in.scoreimport.DownloadScoreTemplateUseCase;
import com.pingyi.evaluation.application.port.in.scoreimport.ImportScoresUseCase;
import com.pingyi.evaluation.application.port.in.scoreimport.PreviewScoreImportUseCase;
import com.pingyi.evaluation.application.port.in.scoreimport.RenderScoreImportReportUseCase;
import com.pingyi.evaluation.application.port.out.LoadRoundPort;
import com.pingyi.evaluation.application.port.out.SaveRoundPort;
import com.pingyi.evaluation.application.port.out.ScoreFileReaderPort;
import com.pingyi.evaluation.application.port.out.WorkbookWriterPort;
import com.pingyi.evaluation.application.service.audit.AuditTrail;

/** The only way to obtain the score-import use cases; the services stay package-private. */
public final class ScoreImportServices {

    private final ScoreImportContext context;
    private final WorkbookWriterPort writer;

    public ScoreImportServices(LoadRoundPort load, SaveRoundPort save, AuditTrail audit, ScoreFileReaderPort reader,
                               WorkbookWriterPort writer, ScoreImportLimits limits) {
        this.context = new ScoreImportContext(load, save, audit, new ScoreFileCheck(reader, limits));
        this.writer = writer;
    }

    public DownloadScoreTemplateUseCase downloadScoreTemplate() {
        return new DownloadScoreTemplateService(context, writer);
    }

    public PreviewScoreImportUseCase previewScoreImport() {
        return new PreviewScoreImportService(context);
    }

    public ImportScoresUseCase importScores() {
        return new ImportScoresService(context);
    }

    public RenderScoreImportReportUseCase renderScoreImportReport() {
        return new RenderScoreImportReportService(writer);
    }
}
