package com.pingyi.evaluation.application.service.scoreimport;

import com.pingyi.evaluation.application.port.in.scoreimport.PreviewScoreImport;
import com.pingyi.evaluation.application.port.in.scoreimport.PreviewScoreImportUseCase;
import com.pingyi.evaluation.application.port.in.scoreimport.ScoreImportPreview;
import org.springframework.transaction.annotation.Transactional;

class PreviewScoreImportService implements PreviewScoreImportUseCase {

    private final ScoreImportContext context;

    PreviewScoreImportService(ScoreImportContext context) {
        this.context = context;
    }

    @Override
    @Transactional(readOnly = true)
    public ScoreImportPreview previewScoreImport(PreviewScoreImport query) {
        // The entries are recorded into a copy loaded for this call only and never saved.
        ScoreFileCheck.Checked checked = context.check().check(context.load(query.round()), query.fileName(), query.content());
        return new ScoreImportPreview(checked.rowsRead(), checked.rows(), checked.problems());
    }
}
