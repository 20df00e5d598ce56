package com.pingyi.evaluation.application.service.round;

import com.pingyi.evaluation.application.port.in.round.RecordScore;
import com.pingyi.evaluation.application.port.in.round.RecordScoreUseCase;
import com.pingyi.evaluation.application.readmodel.RoundState;
import com.pingyi.evaluation.application.service.access.ScoreAccess;
import com.pingyi.evaluation.application.service.access.Viewer;
import com.pingyi.evaluation.application.service.audit.Snapshots;
import org.springframework.transaction.annotation.Transactional;

class RecordScoreService implements RecordScoreUseCase {

    static final String USE_CASE = "RecordScore";

    private final RoundChanges changes;

    RecordScoreService(RoundChanges changes) {
        this.changes = changes;
    }

    @Override
    @Transactional
    public RoundState recordScore(RecordScore command) {
        Viewer viewer = changes.viewer();
        return RoundChanges.state(changes.change(command.round(), USE_CASE,
                r -> Snapshots.score(r, command.entry().unit(), command.entry().indicator()), r -> {
                    ScoreAccess.checkWrite(viewer, r, command.entry());
                    r.recordScore(command.entry());
                }));
    }
}
