package com.pingyi.evaluation.application.service.round;

import com.pingyi.evaluation.application.port.in.expert.AssignExpert;
import com.pingyi.evaluation.application.port.in.expert.AssignExpertUseCase;
import com.pingyi.evaluation.application.readmodel.RoundState;
import com.pingyi.evaluation.application.service.audit.Snapshots;
import org.springframework.transaction.annotation.Transactional;

class AssignExpertService implements AssignExpertUseCase {

    static final String USE_CASE = "AssignExpert";

    private final RoundChanges changes;

    AssignExpertService(RoundChanges changes) {
        this.changes = changes;
    }

    @Override
    @Transactional
    public RoundState assignExpert(AssignExpert command) {
        return RoundChanges.state(changes.change(command.round(), USE_CASE, r -> Snapshots.scorer(r, command.expert()),
                r -> r.assignScorer(command.expert(), command.pairs())));
    }
}
