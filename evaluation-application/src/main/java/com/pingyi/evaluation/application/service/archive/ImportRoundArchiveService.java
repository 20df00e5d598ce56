package com.pingyi.evaluation.application.service.archive;

import com.pingyi.evaluation.application.port.in.archive.ImportRoundArchive;
import com.pingyi.evaluation.application.port.in.archive.ImportRoundArchiveUseCase;
import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.application.port.in.round.RoundFilter;
import com.pingyi.evaluation.application.port.out.LoadRoundPort;
import com.pingyi.evaluation.application.port.out.LoadRoundSummariesPort;
import com.pingyi.evaluation.application.port.out.ResultsSnapshotPort;
import com.pingyi.evaluation.application.port.out.SaveRoundPort;
import com.pingyi.evaluation.application.port.out.UnitRegistryPort;
import com.pingyi.evaluation.application.port.out.archive.RoundArchive;
import com.pingyi.evaluation.application.port.out.archive.RoundArchiveCodecPort;
import com.pingyi.evaluation.application.readmodel.RegisteredUnitView;
import com.pingyi.evaluation.application.readmodel.RoundState;
import com.pingyi.evaluation.application.readmodel.RoundSummary;
import com.pingyi.evaluation.application.service.audit.AuditTrail;
import com.pingyi.evaluation.application.service.audit.Snapshots;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.round.RoundStatus;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.unit.EvaluatedUnit;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores the round of an archive. Everything is checked before the first write (the file, its references,
 * the round's id and year, the units' names); the results the new database computes must equal the
 * archive's, or the whole import is rolled back.
 */
class ImportRoundArchiveService implements ImportRoundArchiveUseCase {

    static final String USE_CASE = "ImportRoundArchive";

    private final RoundArchiveCodecPort codec;
    private final LoadRoundPort load;
    private final LoadRoundSummariesPort summaries;
    private final UnitRegistryPort registry;
    private final SaveRoundPort save;
    private final ResultsSnapshotPort results;
    private final AuditTrail audit;

    ImportRoundArchiveService(RoundArchiveCodecPort codec, LoadRoundPort load, LoadRoundSummariesPort summaries,
            UnitRegistryPort registry, SaveRoundPort save, ResultsSnapshotPort results, AuditTrail audit) {
        this.codec = codec;
        this.load = load;
        this.summaries = summaries;
        this.registry = registry;
        this.save = save;
        this.results = results;
        this.audit = audit;
    }

    @Override
    @Transactional
    public RoundState importRoundArchive(ImportRoundArchive command) {
        ArchiveReader.Read read = ArchiveReader.read(codec.read(command.content()));
        EvaluationRound round = read.round();
        if (load.loadRound(round.id()).isPresent()) {
            throw new DomainException("archive.round-exists", round.id().toString());
        }
        List<RoundSummary> sameYear = summaries.loadRoundSummaries(new RoundFilter(round.year().value(), null),
                PageRequest.first(1)).items();
        if (!sameYear.isEmpty()) {
            throw new DomainException("archive.year-taken", round.year().value(), sameYear.getFirst().title());
        }
        List<EvaluatedUnit> missing = missingUnits(read.registry());
        boolean rated = round.status() == RoundStatus.CLOSED || round.status() == RoundStatus.PUBLISHED;
        List<RoundArchive.Result> computed = rated
                ? ArchiveWriter.write(round, id -> Optional.empty()).results()
                : List.of();
        if (!computed.equals(read.results())) {
            throw new DomainException("archive.results-differ", round.id().toString());
        }
        missing.forEach(unit -> registry.saveUnit(unit, 0));
        EvaluationRound saved = save.saveRound(round);
        if (rated) {
            results.replaceResults(saved.id(), saved.results());
        }
        audit.record(USE_CASE, "EvaluationRound", saved.id(), null, Snapshots.header(saved));
        return new RoundState(saved.id(), saved.year().value(), saved.title(), saved.status(), saved.version());
    }

    /**
     * The archive's units the registry lacks, each after the units it succeeded. A unit the registry has
     * under the same code is taken as it is; a new unit whose name another unit holds is refused.
     */
    private List<EvaluatedUnit> missingUnits(List<EvaluatedUnit> archived) {
        Map<UnitId, EvaluatedUnit> byId = archived.stream().collect(Collectors.toMap(EvaluatedUnit::id, Function.identity()));
        List<EvaluatedUnit> ordered = new java.util.ArrayList<>();
        Set<UnitId> known = new HashSet<>();
        for (EvaluatedUnit unit : archived) {
            if (registry.findUnit(unit.id()).isPresent()) {
                known.add(unit.id());
                continue;
            }
            Optional<RegisteredUnitView> sameName = registry.findUnitNamed(unit.name());
            if (sameName.isPresent()) {
                throw new DomainException("archive.unit-name-taken", unit.name(), unit.id().toString(),
                        sameName.get().id().toString());
            }
        }
        for (EvaluatedUnit unit : archived) {
            place(unit, byId, known, ordered, new HashSet<>());
        }
        return ordered;
    }

    private void place(EvaluatedUnit unit, Map<UnitId, EvaluatedUnit> byId, Set<UnitId> known, List<EvaluatedUnit> ordered,
            Set<UnitId> visiting) {
        if (known.contains(unit.id())) {
            return;
        }
        if (!visiting.add(unit.id())) {
            throw new DomainException("archive.invalid", "$.registry", "units succeed each other in a circle: " + unit.name());
        }
        for (UnitId predecessor : unit.predecessors()) {
            EvaluatedUnit earlier = byId.get(predecessor);
            if (earlier == null && registry.findUnit(predecessor).isEmpty()) {
                throw new DomainException("archive.invalid", "$.registry", "unit " + unit.id()
                        + " succeeds " + predecessor + ", which is neither in the archive nor in the registry");
            }
            if (earlier != null) {
                place(earlier, byId, known, ordered, visiting);
            }
        }
        known.add(unit.id());
        ordered.add(unit);
    }
}
