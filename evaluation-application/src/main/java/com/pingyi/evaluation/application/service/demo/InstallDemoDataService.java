package com.pingyi.evaluation.application.service.demo;

import com.pingyi.evaluation.application.port.in.demo.InstallDemoDataUseCase;
import com.pingyi.evaluation.application.port.out.LoadRoundSummariesPort;
import com.pingyi.evaluation.application.port.out.ResultsSnapshotPort;
import com.pingyi.evaluation.application.port.out.SaveRoundPort;
import com.pingyi.evaluation.application.port.out.UnitRegistryPort;
import com.pingyi.evaluation.application.service.audit.AuditTrail;
import com.pingyi.evaluation.application.service.audit.Snapshots;
import com.pingyi.evaluation.domain.demo.Shanghai2019DemoRound;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.unit.EvaluatedUnit;
import org.springframework.transaction.annotation.Transactional;

class InstallDemoDataService implements InstallDemoDataUseCase {

    private final LoadRoundSummariesPort loadRounds;
    private final SaveRoundPort saveRound;
    private final ResultsSnapshotPort results;
    private final UnitRegistryPort registry;
    private final AuditTrail audit;

    InstallDemoDataService(LoadRoundSummariesPort loadRounds, SaveRoundPort saveRound, ResultsSnapshotPort results,
                           UnitRegistryPort registry, AuditTrail audit) {
        this.loadRounds = loadRounds;
        this.saveRound = saveRound;
        this.results = results;
        this.registry = registry;
        this.audit = audit;
    }

    @Override
    @Transactional
    public Outcome installDemoData() {
        // Only on an empty database: demo data must never mix into a commission's real rounds.
        if (loadRounds.countRounds() > 0) {
            return Outcome.SKIPPED_DATABASE_NOT_EMPTY;
        }
        // The 16 bureaus enter the registry under the ids the demo round uses, so that their history
        // continues into a round cloned from it.
        for (EvaluatedUnit unit : Shanghai2019DemoRound.published().units()) {
            if (registry.findUnit(unit.id()).isEmpty()) {
                registry.saveUnit(unit, 0);
            }
        }
        EvaluationRound round = saveRound.saveRound(Shanghai2019DemoRound.published());
        results.replaceResults(round.id(), round.results());
        audit.record("InstallDemoData", "EvaluationRound", round.id(), null, Snapshots.of(round));
        return Outcome.INSTALLED;
    }
}
