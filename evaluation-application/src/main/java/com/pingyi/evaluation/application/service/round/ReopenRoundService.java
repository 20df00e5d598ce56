package com.pingyi.evaluation.application.service.round;

import com.pingyi.evaluation.application.port.in.round.ReopenRound;
import com.pingyi.evaluation.application.port.in.round.ReopenRoundUseCase;
import com.pingyi.evaluation.application.port.out.ResultsSnapshotPort;
import com.pingyi.evaluation.application.readmodel.RoundState;
import com.pingyi.evaluation.application.service.audit.Snapshots;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import org.springframework.transaction.annotation.Transactional;

class ReopenRoundService implements ReopenRoundUseCase {

    static final String USE_CASE = "ReopenRound";

    private final RoundChanges changes;
    private final ResultsSnapshotPort results;

    ReopenRoundService(RoundChanges changes, ResultsSnapshotPort results) {
        this.changes = changes;
        this.results = results;
    }

    @Override
    @Transactional
    public RoundState reopenRound(ReopenRound command) {
        EvaluationRound round = changes.change(command.round(), USE_CASE, Snapshots::header, r -> r.reopen(command.reason()));
        results.deleteResults(round.id());
        return RoundChanges.state(round);
    }
}
