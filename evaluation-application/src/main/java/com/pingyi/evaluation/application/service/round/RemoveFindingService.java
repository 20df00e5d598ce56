package com.pingyi.evaluation.application.service.round;

import com.pingyi.evaluation.application.port.in.finding.RemoveFinding;
import com.pingyi.evaluation.application.port.in.finding.RemoveFindingUseCase;
import com.pingyi.evaluation.application.readmodel.RoundState;
import com.pingyi.evaluation.application.service.audit.Snapshots;
import org.springframework.transaction.annotation.Transactional;

class RemoveFindingService implements RemoveFindingUseCase {

    static final String USE_CASE = "RemoveFinding";

    private final RoundChanges changes;

    RemoveFindingService(RoundChanges changes) {
        this.changes = changes;
    }

    @Override
    @Transactional
    public RoundState removeFinding(RemoveFinding command) {
        return RoundChanges.state(changes.change(command.round(), USE_CASE, Snapshots::findings, r -> r.removeFinding(command.finding())));
    }
}
