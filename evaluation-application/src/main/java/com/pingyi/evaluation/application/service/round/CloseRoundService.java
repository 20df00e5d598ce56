package com.pingyi.evaluation.application.service.round;

import com.pingyi.evaluation.application.port.in.round.CloseRound;
import com.pingyi.evaluation.application.port.in.round.CloseRoundUseCase;
import com.pingyi.evaluation.application.port.out.ResultsSnapshotPort;
import com.pingyi.evaluation.application.readmodel.RoundState;
import com.pingyi.evaluation.application.service.audit.Snapshots;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import org.springframework.transaction.annotation.Transactional;

class CloseRoundService implements CloseRoundUseCase {

    static final String USE_CASE = "CloseRound";

    private final RoundChanges changes;
    private final ResultsSnapshotPort results;

    CloseRoundService(RoundChanges changes, ResultsSnapshotPort results) {
        this.changes = changes;
        this.results = results;
    }

    @Override
    @Transactional
    public RoundState closeRound(CloseRound command) {
        EvaluationRound round = changes.change(command.round(), USE_CASE, Snapshots::header, EvaluationRound::close);
        results.replaceResults(round.id(), round.results());
        return RoundChanges.state(round);
    }
}
