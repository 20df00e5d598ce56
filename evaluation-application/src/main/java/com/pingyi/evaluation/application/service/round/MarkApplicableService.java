package com.pingyi.evaluation.application.service.round;

import com.pingyi.evaluation.application.port.in.round.MarkApplicable;
import com.pingyi.evaluation.application.port.in.round.MarkApplicableUseCase;
import com.pingyi.evaluation.application.readmodel.RoundState;
import com.pingyi.evaluation.application.service.audit.Snapshots;
import org.springframework.transaction.annotation.Transactional;

class MarkApplicableService implements MarkApplicableUseCase {

    static final String USE_CASE = "MarkApplicable";

    private final RoundChanges changes;

    MarkApplicableService(RoundChanges changes) {
        this.changes = changes;
    }

    @Override
    @Transactional
    public RoundState markApplicable(MarkApplicable command) {
        return RoundChanges.state(changes.change(command.round(), USE_CASE, r -> Snapshots.score(r, command.unit(), command.indicator()),
                r -> r.markApplicable(command.unit(), command.indicator())));
    }
}
