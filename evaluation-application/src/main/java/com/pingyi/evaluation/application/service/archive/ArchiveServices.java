package com.pingyi.evaluation.application.service.archive;

import com.pingyi.evaluation.application.port.in.archive.ExportRoundArchiveUseCase;
import com.pingyi.evaluation.application.port.in.archive.ImportRoundArchiveUseCase;
import com.pingyi.evaluation.application.port.out.LoadRoundPort;
import com.pingyi.evaluation.application.port.out.LoadRoundSummariesPort;
import com.pingyi.evaluation.application.port.out.ResultsSnapshotPort;
import com.pingyi.evaluation.application.port.out.SaveRoundPort;
import com.pingyi.evaluation.application.port.out.UnitRegistryPort;
import com.pingyi.evaluation.application.port.out.archive.RoundArchiveCodecPort;
import com.pingyi.evaluation.application.service.audit.AuditTrail;

/** Factories of the round archive's use cases, for the wiring; the services themselves stay package-private. */
public final class ArchiveServices {

    private ArchiveServices() {
    }

    public static ExportRoundArchiveUseCase exportRoundArchive(LoadRoundPort load, UnitRegistryPort registry,
            RoundArchiveCodecPort codec) {
        return new ExportRoundArchiveService(load, registry, codec);
    }

    public static ImportRoundArchiveUseCase importRoundArchive(RoundArchiveCodecPort codec, LoadRoundPort load,
            LoadRoundSummariesPort summaries, UnitRegistryPort registry, SaveRoundPort save, ResultsSnapshotPort results,
            AuditTrail audit) {
        return new ImportRoundArchiveService(codec, load, summaries, registry, save, results, audit);
    }
}
