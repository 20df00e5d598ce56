package com.pingyi.evaluation.application.service.round;

import com.pingyi.evaluation.application.port.in.round.OpenRound;
import com.pingyi.evaluation.application.port.in.round.OpenRoundUseCase;
import com.pingyi.evaluation.application.readmodel.RoundState;
import com.pingyi.evaluation.application.service.audit.Snapshots;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import org.springframework.transaction.annotation.Transactional;

class OpenRoundService implements OpenRoundUseCase {

    static final String USE_CASE = "OpenRound";

    private final RoundChanges changes;

    OpenRoundService(RoundChanges changes) {
        this.changes = changes;
    }

    @Override
    @Transactional
    public RoundState openRound(OpenRound command) {
        return RoundChanges.state(changes.change(command.round(), USE_CASE, Snapshots::header, EvaluationRound::open));
    }
}
