package com.pingyi.evaluation.application.service.archive;

import com.pingyi.evaluation.application.port.in.archive.ExportRoundArchive;
import com.pingyi.evaluation.application.port.in.archive.ExportRoundArchiveUseCase;
import com.pingyi.evaluation.application.port.out.LoadRoundPort;
import com.pingyi.evaluation.application.port.out.UnitRegistryPort;
import com.pingyi.evaluation.application.port.out.archive.RoundArchiveCodecPort;
import com.pingyi.evaluation.application.readmodel.RenderedFile;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.shared.DomainException;
import org.springframework.transaction.annotation.Transactional;

class ExportRoundArchiveService implements ExportRoundArchiveUseCase {

    static final String CONTENT_TYPE = "application/json";

    private final LoadRoundPort load;
    private final UnitRegistryPort registry;
    private final RoundArchiveCodecPort codec;

    ExportRoundArchiveService(LoadRoundPort load, UnitRegistryPort registry, RoundArchiveCodecPort codec) {
        this.load = load;
        this.registry = registry;
        this.codec = codec;
    }

    @Override
    @Transactional(readOnly = true)
    public RenderedFile exportRoundArchive(ExportRoundArchive query) {
        EvaluationRound round = load.loadRound(query.round()).orElseThrow(() -> new DomainException("round.not-found", query.round()));
        byte[] json = codec.write(ArchiveWriter.write(round, registry::findUnit));
        return new RenderedFile("pingyi-round-" + round.year().value() + ".json", CONTENT_TYPE, json);
    }
}
