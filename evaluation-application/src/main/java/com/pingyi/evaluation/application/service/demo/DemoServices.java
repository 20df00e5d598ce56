package com.pingyi.evaluation.application.service.demo;

import com.pingyi.evaluation.application.port.in.demo.InstallDemoDataUseCase;
import com.pingyi.evaluation.application.port.out.LoadRoundSummariesPort;
import com.pingyi.evaluation.application.port.out.ResultsSnapshotPort;
import com.pingyi.evaluation.application.port.out.SaveRoundPort;
import com.pingyi.evaluation.application.port.out.UnitRegistryPort;
import com.pingyi.evaluation.application.service.audit.AuditTrail;

/** The only way to obtain the demo-data use case (the service itself is package-private). */
public final class DemoServices {

    private DemoServices() {
    }

    public static InstallDemoDataUseCase installDemoData(LoadRoundSummariesPort loadRounds, SaveRoundPort saveRound,
                                                         ResultsSnapshotPort results, UnitRegistryPort registry, AuditTrail audit) {
        return new InstallDemoDataService(loadRounds, saveRound, results, registry, audit);
    }
}
