package com.pingyi.evaluation.application.service.round;

import com.pingyi.evaluation.application.port.in.round.DefineSpreadLimit;
import com.pingyi.evaluation.application.port.in.round.DefineSpreadLimitUseCase;
import com.pingyi.evaluation.application.readmodel.RoundState;
import com.pingyi.evaluation.application.service.audit.Snapshots;
import org.springframework.transaction.annotation.Transactional;

class DefineSpreadLimitService implements DefineSpreadLimitUseCase {

    static final String USE_CASE = "DefineSpreadLimit";

    private final RoundChanges changes;

    DefineSpreadLimitService(RoundChanges changes) {
        this.changes = changes;
    }

    @Override
    @Transactional
    public RoundState defineSpreadLimit(DefineSpreadLimit command) {
        return RoundChanges.state(changes.change(command.round(), USE_CASE, Snapshots::settings, r -> r.defineSpreadLimit(command.limit())));
    }
}
