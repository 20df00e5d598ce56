package com.pingyi.evaluation.application.service.round;

import com.pingyi.evaluation.application.port.in.round.RenameRound;
import com.pingyi.evaluation.application.port.in.round.RenameRoundUseCase;
import com.pingyi.evaluation.application.readmodel.RoundState;
import com.pingyi.evaluation.application.service.audit.Snapshots;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import org.springframework.transaction.annotation.Transactional;

class RenameRoundService implements RenameRoundUseCase {

    static final String USE_CASE = "RenameRound";

    private final RoundChanges changes;

    RenameRoundService(RoundChanges changes) {
        this.changes = changes;
    }

    @Override
    @Transactional
    public RoundState renameRound(RenameRound command) {
        return RoundChanges.state(changes.change(command.round(), USE_CASE, Snapshots::header, r -> r.rename(command.title())));
    }
}
