package com.pingyi.evaluation.application.port.in.scoreimport;

import java.util.List;

/** What an import would write (one row per score entry) and every problem; importable when there is no problem. */
public record ScoreImportPreview(int rowsRead, List<ScoreImportRow> rows, List<ScoreImportProblem> problems) {

    public ScoreImportPreview {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    public boolean importable() {
        return problems.isEmpty() && !rows.isEmpty();
    }
}
