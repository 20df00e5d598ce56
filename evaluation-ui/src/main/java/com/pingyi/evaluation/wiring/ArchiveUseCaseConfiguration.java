package com.pingyi.evaluation.wiring;

import com.pingyi.evaluation.application.port.in.archive.ExportRoundArchiveUseCase;
import com.pingyi.evaluation.application.port.in.archive.ImportRoundArchiveUseCase;
import com.pingyi.evaluation.application.port.out.LoadRoundPort;
import com.pingyi.evaluation.application.port.out.LoadRoundSummariesPort;
import com.pingyi.evaluation.application.port.out.ResultsSnapshotPort;
import com.pingyi.evaluation.application.port.out.SaveRoundPort;
import com.pingyi.evaluation.application.port.out.UnitRegistryPort;
import com.pingyi.evaluation.application.port.out.archive.RoundArchiveCodecPort;
import com.pingyi.evaluation.application.service.archive.ArchiveServices;
import com.pingyi.evaluation.application.service.audit.AuditTrail;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The round archive's use cases; the JSON codec comes from evaluation-transfer, found by the component scan. */
@Configuration(proxyBeanMethods = false)
class ArchiveUseCaseConfiguration {

    @Bean
    ExportRoundArchiveUseCase exportRoundArchiveUseCase(LoadRoundPort load, UnitRegistryPort registry, RoundArchiveCodecPort codec) {
        return ArchiveServices.exportRoundArchive(load, registry, codec);
    }

    @Bean
    ImportRoundArchiveUseCase importRoundArchiveUseCase(RoundArchiveCodecPort codec, LoadRoundPort load,
            LoadRoundSummariesPort summaries, UnitRegistryPort registry, SaveRoundPort save, ResultsSnapshotPort results,
            AuditTrail audit) {
        return ArchiveServices.importRoundArchive(codec, load, summaries, registry, save, results, audit);
    }
}
