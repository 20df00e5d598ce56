package com.pingyi.evaluation.application.service.round;

import com.pingyi.evaluation.application.port.in.round.PublishRound;
import com.pingyi.evaluation.application.port.in.round.PublishRoundUseCase;
import com.pingyi.evaluation.application.readmodel.RoundState;
import com.pingyi.evaluation.application.service.audit.Snapshots;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import org.springframework.transaction.annotation.Transactional;

class PublishRoundService implements PublishRoundUseCase {

    static final String USE_CASE = "PublishRound";

    private final RoundChanges changes;

    PublishRoundService(RoundChanges changes) {
        this.changes = changes;
    }

    @Override
    @Transactional
    public RoundState publishRound(PublishRound command) {
        return RoundChanges.state(changes.change(command.round(), USE_CASE, Snapshots::publications, r -> r.publish(command.on())));
    }
}
