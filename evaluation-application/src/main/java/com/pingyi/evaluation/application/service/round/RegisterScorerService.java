package com.pingyi.evaluation.application.service.round;

import com.pingyi.evaluation.application.port.in.round.RegisterScorer;
import com.pingyi.evaluation.application.port.in.round.RegisterScorerUseCase;
import com.pingyi.evaluation.application.readmodel.RoundState;
import com.pingyi.evaluation.application.service.audit.Snapshots;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import org.springframework.transaction.annotation.Transactional;

class RegisterScorerService implements RegisterScorerUseCase {

    static final String USE_CASE = "RegisterScorer";

    private final RoundChanges changes;

    RegisterScorerService(RoundChanges changes) {
        this.changes = changes;
    }

    @Override
    @Transactional
    public RoundState registerScorer(RegisterScorer command) {
        return RoundChanges.state(changes.change(command.round(), USE_CASE,
                r -> Snapshots.scorer(r, command.scorer().id()), r -> r.registerScorer(command.scorer())));
    }
}
