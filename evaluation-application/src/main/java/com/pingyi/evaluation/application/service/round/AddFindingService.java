package com.pingyi.evaluation.application.service.round;

import com.pingyi.evaluation.application.port.in.finding.AddFinding;
import com.pingyi.evaluation.application.port.in.finding.AddFindingUseCase;
import com.pingyi.evaluation.application.readmodel.RoundState;
import com.pingyi.evaluation.application.service.audit.Snapshots;
import org.springframework.transaction.annotation.Transactional;

class AddFindingService implements AddFindingUseCase {

    static final String USE_CASE = "AddFinding";

    private final RoundChanges changes;

    AddFindingService(RoundChanges changes) {
        this.changes = changes;
    }

    @Override
    @Transactional
    public RoundState addFinding(AddFinding command) {
        return RoundChanges.state(changes.change(command.round(), USE_CASE, Snapshots::findings, r -> r.addFinding(command.finding())));
    }
}
