package com.pingyi.evaluation.application.port.in.scoreimport;

import java.util.List;

/** What an import did: written is true only when every row was valid and all of them were stored. */
public record ScoreImportResult(boolean written, int rowsRead, int scoresWritten, List<ScoreImportProblem> problems) {

    public ScoreImportResult {
        problems = List.copyOf(problems);
    }
}
