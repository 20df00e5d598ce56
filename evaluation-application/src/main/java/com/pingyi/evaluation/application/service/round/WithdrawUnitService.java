package com.pingyi.evaluation.application.service.round;

import com.pingyi.evaluation.application.port.in.round.WithdrawUnit;
import com.pingyi.evaluation.application.port.in.round.WithdrawUnitUseCase;
import com.pingyi.evaluation.application.readmodel.RoundState;
import com.pingyi.evaluation.application.service.audit.Snapshots;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import org.springframework.transaction.annotation.Transactional;

class WithdrawUnitService implements WithdrawUnitUseCase {

    static final String USE_CASE = "WithdrawUnit";

    private final RoundChanges changes;

    WithdrawUnitService(RoundChanges changes) {
        this.changes = changes;
    }

    @Override
    @Transactional
    public RoundState withdrawUnit(WithdrawUnit command) {
        return RoundChanges.state(changes.change(command.round(), USE_CASE, Snapshots::units, r -> r.withdrawUnit(command.unit(), command.reason(), command.on())));
    }
}
