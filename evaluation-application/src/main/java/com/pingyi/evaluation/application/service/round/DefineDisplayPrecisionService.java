package com.pingyi.evaluation.application.service.round;

import com.pingyi.evaluation.application.port.in.round.DefineDisplayPrecision;
import com.pingyi.evaluation.application.port.in.round.DefineDisplayPrecisionUseCase;
import com.pingyi.evaluation.application.readmodel.RoundState;
import com.pingyi.evaluation.application.service.audit.Snapshots;
import org.springframework.transaction.annotation.Transactional;

class DefineDisplayPrecisionService implements DefineDisplayPrecisionUseCase {

    static final String USE_CASE = "DefineDisplayPrecision";

    private final RoundChanges changes;

    DefineDisplayPrecisionService(RoundChanges changes) {
        this.changes = changes;
    }

    @Override
    @Transactional
    public RoundState defineDisplayPrecision(DefineDisplayPrecision command) {
        return RoundChanges.state(changes.change(command.round(), USE_CASE, Snapshots::settings, r -> r.defineDisplayPrecision(command.precision())));
    }
}
