package com.pingyi.evaluation.application.service.demo;

import com.pingyi.evaluation.application.port.in.demo.InstallDemoDataUseCase;
import com.pingyi.evaluation.application.port.out.LoadRoundSummariesPort;
import com.pingyi.evaluation.application.port.out.SaveRoundPort;
import com.pingyi.evaluation.application.service.audit.AuditTrail;
import com.pingyi.evaluation.application.service.audit.Snapshots;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.demo.Shanghai2019DemoRound;
import org.springframework.transaction.annotation.Transactional;

class InstallDemoDataService implements InstallDemoDataUseCase {

    private final LoadRoundSummariesPort loadRounds;
    private final SaveRoundPort saveRound;
    private final AuditTrail audit;

    InstallDemoDataService(LoadRoundSummariesPort loadRounds, SaveRoundPort saveRound, AuditTrail audit) {
        this.loadRounds = loadRounds;
        this.saveRound = saveRound;
        this.audit = audit;
    }

    @Override
    @Transactional
    public Outcome installDemoData() {
        // Only on an empty database: demo data must never mix into a commission's real rounds.
        if (loadRounds.countRounds() > 0) {
            return Outcome.SKIPPED_DATABASE_NOT_EMPTY;
        }
        EvaluationRound round = saveRound.saveRound(Shanghai2019DemoRound.published());
        audit.record("InstallDemoData", "EvaluationRound", round.id(), null, Snapshots.of(round));
        return Outcome.INSTALLED;
    }
}
