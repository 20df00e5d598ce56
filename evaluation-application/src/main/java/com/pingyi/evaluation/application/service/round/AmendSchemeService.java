package com.pingyi.evaluation.application.service.round;

import com.pingyi.evaluation.application.port.in.round.AmendScheme;
import com.pingyi.evaluation.application.port.in.round.AmendSchemeUseCase;
import com.pingyi.evaluation.application.readmodel.RoundState;
import com.pingyi.evaluation.application.service.audit.Snapshots;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import org.springframework.transaction.annotation.Transactional;

class AmendSchemeService implements AmendSchemeUseCase {

    static final String USE_CASE = "AmendScheme";

    private final RoundChanges changes;

    AmendSchemeService(RoundChanges changes) {
        this.changes = changes;
    }

    @Override
    @Transactional
    public RoundState amendScheme(AmendScheme command) {
        return RoundChanges.state(changes.change(command.round(), USE_CASE, Snapshots::scheme, r -> r.amendScheme(command.scheme(), command.reason())));
    }
}
