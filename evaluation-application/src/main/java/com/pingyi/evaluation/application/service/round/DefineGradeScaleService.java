package com.pingyi.evaluation.application.service.round;

import com.pingyi.evaluation.application.port.in.round.DefineGradeScale;
import com.pingyi.evaluation.application.port.in.round.DefineGradeScaleUseCase;
import com.pingyi.evaluation.application.readmodel.RoundState;
import com.pingyi.evaluation.application.service.audit.Snapshots;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import org.springframework.transaction.annotation.Transactional;

class DefineGradeScaleService implements DefineGradeScaleUseCase {

    static final String USE_CASE = "DefineGradeScale";

    private final RoundChanges changes;

    DefineGradeScaleService(RoundChanges changes) {
        this.changes = changes;
    }

    @Override
    @Transactional
    public RoundState defineGradeScale(DefineGradeScale command) {
        return RoundChanges.state(changes.change(command.round(), USE_CASE, Snapshots::scale, r -> r.defineScale(command.scale())));
    }
}
