package com.pingyi.evaluation.application.service.round;

import com.pingyi.evaluation.application.port.in.round.RemoveScore;
import com.pingyi.evaluation.application.port.in.round.RemoveScoreUseCase;
import com.pingyi.evaluation.application.readmodel.RoundState;
import com.pingyi.evaluation.application.service.access.ScoreAccess;
import com.pingyi.evaluation.application.service.access.Viewer;
import com.pingyi.evaluation.application.service.audit.Snapshots;
import com.pingyi.evaluation.domain.shared.DomainException;
import org.springframework.transaction.annotation.Transactional;

class RemoveScoreService implements RemoveScoreUseCase {

    static final String USE_CASE = "RemoveScore";

    private final RoundChanges changes;

    RemoveScoreService(RoundChanges changes) {
        this.changes = changes;
    }

    @Override
    @Transactional
    public RoundState removeScore(RemoveScore command) {
        Viewer viewer = changes.viewer();
        return RoundChanges.state(changes.change(command.round(), USE_CASE, r -> Snapshots.score(r, command.unit(), command.indicator()), r -> {
            ScoreAccess.checkRemove(viewer, r, command.unit(), command.indicator(), command.scorer());
            if (!r.removeScore(command.unit(), command.indicator(), command.scorer())) {
                throw new DomainException("score.not-recorded", command.unit(), command.indicator(), command.scorer());
            }
        }));
    }
}
