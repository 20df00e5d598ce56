package com.pingyi.evaluation.application.service.round;

import com.pingyi.evaluation.application.port.in.finding.RaiseRectification;
import com.pingyi.evaluation.application.port.in.finding.RaiseRectificationUseCase;
import com.pingyi.evaluation.application.readmodel.RoundState;
import com.pingyi.evaluation.application.service.audit.Snapshots;
import org.springframework.transaction.annotation.Transactional;

class RaiseRectificationService implements RaiseRectificationUseCase {

    static final String USE_CASE = "RaiseRectification";

    private final RoundChanges changes;

    RaiseRectificationService(RoundChanges changes) {
        this.changes = changes;
    }

    @Override
    @Transactional
    public RoundState raiseRectification(RaiseRectification command) {
        return RoundChanges.state(changes.change(command.round(), USE_CASE, Snapshots::findings,
                r -> r.raiseRectification(command.finding(), command.description(), command.due())));
    }
}
