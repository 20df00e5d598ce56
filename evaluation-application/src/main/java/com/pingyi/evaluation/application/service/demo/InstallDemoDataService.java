package com.pingyi.evaluation.application.service.demo;

import com.pingyi.evaluation.application.port.in.demo.InstallDemoDataUseCase;
import com.pingyi.evaluation.application.port.out.LoadRoundsPort;
import com.pingyi.evaluation.application.port.out.SaveRoundPort;
import com.pingyi.evaluation.application.service.audit.AuditTrail;
import com.pingyi.evaluation.application.service.audit.Snapshots;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.round.EvaluationYear;
import org.springframework.transaction.annotation.Transactional;

class InstallDemoDataService implements InstallDemoDataUseCase {

    /** Year and title of the seed notice's round (沪教委办〔2019〕38号). */
    static final int DEMO_YEAR = 2019;
    static final String DEMO_TITLE = "2019年度上海市各区教育局政务公开评议";

    private final LoadRoundsPort loadRounds;
    private final SaveRoundPort saveRound;
    private final AuditTrail audit;

    InstallDemoDataService(LoadRoundsPort loadRounds, SaveRoundPort saveRound, AuditTrail audit) {
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
        EvaluationRound round = saveRound.saveRound(EvaluationRound.draft(EvaluationYear.of(DEMO_YEAR), DEMO_TITLE));
        audit.record("InstallDemoData", "EvaluationRound", round.id(), null, Snapshots.of(round));
        return Outcome.INSTALLED;
    }
}
