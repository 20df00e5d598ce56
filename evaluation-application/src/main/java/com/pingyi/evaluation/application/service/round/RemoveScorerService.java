package com.pingyi.evaluation.application.service.round;

import com.pingyi.evaluation.application.port.in.expert.RemoveScorer;
import com.pingyi.evaluation.application.port.in.expert.RemoveScorerUseCase;
import com.pingyi.evaluation.application.readmodel.RoundState;
import com.pingyi.evaluation.application.service.audit.Snapshots;
import org.springframework.transaction.annotation.Transactional;

class RemoveScorerService implements RemoveScorerUseCase {

    static final String USE_CASE = "RemoveScorer";

    private final RoundChanges changes;

    RemoveScorerService(RoundChanges changes) {
        this.changes = changes;
    }

    @Override
    @Transactional
    public RoundState removeScorer(RemoveScorer command) {
        return RoundChanges.state(changes.change(command.round(), USE_CASE, r -> Snapshots.scorer(r, command.scorer()),
                r -> r.removeScorer(command.scorer())));
    }
}
