package com.pingyi.evaluation.application.service.round;

import com.pingyi.evaluation.application.port.in.round.RecordScores;
import com.pingyi.evaluation.application.port.in.round.RecordScoresUseCase;
import com.pingyi.evaluation.application.readmodel.RoundState;
import com.pingyi.evaluation.application.service.access.ScoreAccess;
import com.pingyi.evaluation.application.service.access.Viewer;
import com.pingyi.evaluation.application.service.audit.Snapshots;
import org.springframework.transaction.annotation.Transactional;

class RecordScoresService implements RecordScoresUseCase {

    static final String USE_CASE = "RecordScores";

    private final RoundChanges changes;

    RecordScoresService(RoundChanges changes) {
        this.changes = changes;
    }

    @Override
    @Transactional
    public RoundState recordScores(RecordScores command) {
        Viewer viewer = changes.viewer();
        return RoundChanges.state(changes.change(command.round(), USE_CASE,
                r -> Snapshots.batch(r, command.entries()), r -> {
                    // All or nothing, like the batch itself: one entry the caller may not write refuses the whole batch.
                    command.entries().forEach(e -> ScoreAccess.checkWrite(viewer, r, e));
                    r.recordAll(command.entries());
                }));
    }
}
