package com.pingyi.evaluation.application.service.round;

import com.pingyi.evaluation.application.port.in.finding.CheckRectification;
import com.pingyi.evaluation.application.port.in.finding.CheckRectificationUseCase;
import com.pingyi.evaluation.application.readmodel.RoundState;
import com.pingyi.evaluation.application.service.audit.Snapshots;
import org.springframework.transaction.annotation.Transactional;

class CheckRectificationService implements CheckRectificationUseCase {

    static final String USE_CASE = "CheckRectification";

    private final RoundChanges changes;

    CheckRectificationService(RoundChanges changes) {
        this.changes = changes;
    }

    @Override
    @Transactional
    public RoundState checkRectification(CheckRectification command) {
        return RoundChanges.state(changes.change(command.round(), USE_CASE, Snapshots::findings,
                r -> r.checkCarriedRectification(command.item(), command.note())));
    }
}
