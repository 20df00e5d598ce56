package com.pingyi.evaluation.application.service.scoreimport;

import com.pingyi.evaluation.application.port.in.scoreimport.ImportScores;
import com.pingyi.evaluation.application.port.in.scoreimport.ImportScoresUseCase;
import com.pingyi.evaluation.application.port.in.scoreimport.ScoreImportResult;
import com.pingyi.evaluation.application.service.audit.Snapshots;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import java.util.Map;
import org.springframework.transaction.annotation.Transactional;

class ImportScoresService implements ImportScoresUseCase {

    static final String USE_CASE = "ImportScores";

    private final ScoreImportContext context;

    ImportScoresService(ScoreImportContext context) {
        this.context = context;
    }

    @Override
    @Transactional
    public ScoreImportResult importScores(ImportScores command) {
        EvaluationRound round = context.load(command.round());
        Map<String, Object> before = Snapshots.header(round);
        before.put("scores", round.scores().entries().size());
        // The check records every entry into this copy, all or nothing, through the domain's rules.
        ScoreFileCheck.Checked checked = context.check().check(round, command.fileName(), command.content());
        if (!checked.clean()) {
            return new ScoreImportResult(false, checked.rowsRead(), 0, checked.problems());
        }
        EvaluationRound saved = context.save(round);
        Map<String, Object> after = Snapshots.header(saved);
        after.put("scores", saved.scores().entries().size());
        after.put("file", command.fileName());
        after.put("rowsRead", checked.rowsRead());
        after.put("scoresWritten", checked.entries().size());
        context.audit().record(USE_CASE, "EvaluationRound", saved.id(), before, after);
        return new ScoreImportResult(true, checked.rowsRead(), checked.entries().size(), checked.problems());
    }
}
