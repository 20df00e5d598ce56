package com.pingyi.evaluation.application.port.in.scoreimport;

import java.util.List;

/** Query: the problems of an import as a downloadable report (sheet, row, column, value, rule, message). */
public record RenderScoreImportReport(String fileName, List<ScoreImportProblem> problems) {

    public RenderScoreImportReport {
        fileName = fileName == null || fileName.isBlank() ? "import" : fileName;
        problems = List.copyOf(problems);
    }
}
