package com.pingyi.evaluation.application.service.round;

import com.pingyi.evaluation.application.port.in.round.EnrolUnit;
import com.pingyi.evaluation.application.port.in.round.EnrolUnitUseCase;
import com.pingyi.evaluation.application.readmodel.RoundState;
import com.pingyi.evaluation.application.service.audit.Snapshots;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import org.springframework.transaction.annotation.Transactional;

class EnrolUnitService implements EnrolUnitUseCase {

    static final String USE_CASE = "EnrolUnit";

    private final RoundChanges changes;

    EnrolUnitService(RoundChanges changes) {
        this.changes = changes;
    }

    @Override
    @Transactional
    public RoundState enrolUnit(EnrolUnit command) {
        return RoundChanges.state(changes.change(command.round(), USE_CASE, Snapshots::units, r -> r.addUnit(command.unit())));
    }
}
