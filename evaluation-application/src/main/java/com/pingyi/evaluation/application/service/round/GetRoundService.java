package com.pingyi.evaluation.application.service.round;

import com.pingyi.evaluation.application.port.in.round.GetRound;
import com.pingyi.evaluation.application.port.in.round.GetRoundUseCase;
import com.pingyi.evaluation.application.readmodel.RoundState;
import org.springframework.transaction.annotation.Transactional;

class GetRoundService implements GetRoundUseCase {

    private final RoundChanges changes;

    GetRoundService(RoundChanges changes) {
        this.changes = changes;
    }

    @Override
    @Transactional(readOnly = true)
    public RoundState getRound(GetRound query) {
        return RoundChanges.state(changes.load(query.round()));
    }
}
