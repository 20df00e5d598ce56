package com.pingyi.evaluation.application.service.round;

import com.pingyi.evaluation.application.port.in.round.CreateRound;
import com.pingyi.evaluation.application.port.in.round.CreateRoundUseCase;
import com.pingyi.evaluation.application.readmodel.RoundState;
import com.pingyi.evaluation.application.service.audit.Snapshots;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import org.springframework.transaction.annotation.Transactional;

class CreateRoundService implements CreateRoundUseCase {

    static final String USE_CASE = "CreateRound";

    private final RoundChanges changes;

    CreateRoundService(RoundChanges changes) {
        this.changes = changes;
    }

    @Override
    @Transactional
    public RoundState createRound(CreateRound command) {
        return RoundChanges.state(changes.create(USE_CASE, Snapshots::header, EvaluationRound.draft(command.year(), command.title())));
    }
}
