package com.pingyi.evaluation.application.service.round;

import com.pingyi.evaluation.application.port.in.round.PublishCorrection;
import com.pingyi.evaluation.application.port.in.round.PublishCorrectionUseCase;
import com.pingyi.evaluation.application.port.out.ResultsSnapshotPort;
import com.pingyi.evaluation.application.readmodel.RoundState;
import com.pingyi.evaluation.application.service.audit.Snapshots;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import org.springframework.transaction.annotation.Transactional;

class PublishCorrectionService implements PublishCorrectionUseCase {

    static final String USE_CASE = "PublishCorrection";

    private final RoundChanges changes;
    private final ResultsSnapshotPort results;

    PublishCorrectionService(RoundChanges changes, ResultsSnapshotPort results) {
        this.changes = changes;
        this.results = results;
    }

    @Override
    @Transactional
    public RoundState publishCorrection(PublishCorrection command) {
        EvaluationRound round = changes.change(command.round(), USE_CASE, Snapshots::publications,
                r -> r.publishCorrection(command.reason(), command.on(), command.corrections()));
        results.replaceResults(round.id(), round.results());
        return RoundChanges.state(round);
    }
}
