package com.pingyi.evaluation.application.service.round;

import com.pingyi.evaluation.application.port.in.round.DefineScheme;
import com.pingyi.evaluation.application.port.in.round.DefineSchemeUseCase;
import com.pingyi.evaluation.application.readmodel.RoundState;
import com.pingyi.evaluation.application.service.audit.Snapshots;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import org.springframework.transaction.annotation.Transactional;

class DefineSchemeService implements DefineSchemeUseCase {

    static final String USE_CASE = "DefineScheme";

    private final RoundChanges changes;

    DefineSchemeService(RoundChanges changes) {
        this.changes = changes;
    }

    @Override
    @Transactional
    public RoundState defineScheme(DefineScheme command) {
        return RoundChanges.state(changes.change(command.round(), USE_CASE, Snapshots::scheme, r -> r.defineScheme(command.scheme())));
    }
}
