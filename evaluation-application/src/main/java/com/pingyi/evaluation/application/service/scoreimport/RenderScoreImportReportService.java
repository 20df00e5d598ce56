package com.pingyi.evaluation.application.service.scoreimport;

import com.pingyi.evaluation.application.port.in.scoreimport.RenderScoreImportReport;
import com.pingyi.evaluation.application.port.in.scoreimport.RenderScoreImportReportUseCase;
import com.pingyi.evaluation.application.port.in.scoreimport.ScoreImportProblem;
import com.pingyi.evaluation.application.port.out.WorkbookWriterPort;
import com.pingyi.evaluation.application.readmodel.RenderedFile;
import java.util.List;

class RenderScoreImportReportService implements RenderScoreImportReportUseCase {

    static final List<String> HEADER = List.of("工作表", "行", "列", "值", "规则", "说明");

    private final WorkbookWriterPort writer;

    RenderScoreImportReportService(WorkbookWriterPort writer) {
        this.writer = writer;
    }

    @Override
    public RenderedFile renderScoreImportReport(RenderScoreImportReport query) {
        List<List<String>> rows = query.problems().stream().map(RenderScoreImportReportService::row).toList();
        byte[] bytes = writer.writeWorkbook(List.of(new WorkbookWriterPort.Table("问题", HEADER, rows)));
        String base = query.fileName().replaceAll("\\.[A-Za-z]+$", "").replaceAll("[^\\p{L}\\p{N}._-]", "_");
        return new RenderedFile(base + "-problems.xlsx", DownloadScoreTemplateService.XLSX, bytes);
    }

    private static List<String> row(ScoreImportProblem p) {
        return List.of(orEmpty(p.sheet()), p.row() == null ? "" : p.row().toString(), orEmpty(p.column()), orEmpty(p.value()),
                p.rule(), orEmpty(p.message()));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
