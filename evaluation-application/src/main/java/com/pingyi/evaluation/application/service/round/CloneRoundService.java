package com.pingyi.evaluation.application.service.round;

import com.pingyi.evaluation.application.port.in.round.CloneRound;
import com.pingyi.evaluation.application.port.in.round.CloneRoundUseCase;
import com.pingyi.evaluation.application.readmodel.RoundState;
import com.pingyi.evaluation.application.service.audit.Snapshots;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import org.springframework.transaction.annotation.Transactional;

class CloneRoundService implements CloneRoundUseCase {

    static final String USE_CASE = "CloneRound";

    private final RoundChanges changes;

    CloneRoundService(RoundChanges changes) {
        this.changes = changes;
    }

    @Override
    @Transactional
    public RoundState cloneRound(CloneRound command) {
        return RoundChanges.state(changes.create(USE_CASE, Snapshots::header, changes.load(command.source()).cloneFor(command.year(), command.title())));
    }
}
