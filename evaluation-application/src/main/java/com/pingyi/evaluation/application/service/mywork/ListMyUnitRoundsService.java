package com.pingyi.evaluation.application.service.mywork;

import com.pingyi.evaluation.application.port.in.mywork.ListMyUnitRoundsUseCase;
import com.pingyi.evaluation.application.port.out.FindRoundsOfUnitsPort;
import com.pingyi.evaluation.application.port.out.LoadRoundPort;
import com.pingyi.evaluation.application.port.out.UnitRegistryPort;
import com.pingyi.evaluation.application.readmodel.MyUnitRounds;
import com.pingyi.evaluation.application.readmodel.RegisteredUnitView;
import com.pingyi.evaluation.application.service.access.Access;
import com.pingyi.evaluation.application.service.access.Viewer;
import com.pingyi.evaluation.domain.result.YearOverYear;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.round.RoundStatus;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.unit.EvaluatedUnit;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.transaction.annotation.Transactional;

/** Only the contact's own unit, and its result only once published: a closed round's result is not yet public. */
class ListMyUnitRoundsService implements ListMyUnitRoundsUseCase {

    private final LoadRoundPort load;
    private final FindRoundsOfUnitsPort findRounds;
    private final UnitRegistryPort registry;
    private final Access access;

    ListMyUnitRoundsService(LoadRoundPort load, FindRoundsOfUnitsPort findRounds, UnitRegistryPort registry, Access access) {
        this.load = load;
        this.findRounds = findRounds;
        this.registry = registry;
        this.access = access;
    }

    @Override
    @Transactional(readOnly = true)
    public MyUnitRounds listMyUnitRounds() {
        Viewer viewer = access.viewer();
        UnitId unit = viewer.unit().orElseThrow(() -> new DomainException("access.contact-without-unit", viewer.username()));
        RegisteredUnitView registered = registry.findUnit(unit).orElseThrow(() -> new DomainException("unit.not-registered", unit));
        List<EvaluationRound> rounds = new ArrayList<>();
        findRounds.findRoundsOfUnits(Set.of(unit)).forEach(id -> load.loadRound(id).ifPresent(rounds::add));
        rounds.sort(Comparator.comparing((EvaluationRound r) -> r.year().value()).reversed().thenComparing(EvaluationRound::title));
        List<MyUnitRounds.Round> rows = new ArrayList<>();
        EvaluatedUnit asUnit = new EvaluatedUnit(unit, registered.name(), Set.of());
        for (EvaluationRound round : rounds) {
            YearOverYear.YearFigures figures = round.status() != RoundStatus.PUBLISHED ? null
                    : YearOverYear.history(asUnit, List.of(new YearOverYear.YearResults(round.year(), round.results())))
                    .stream().findFirst().orElse(null);
            rows.add(new MyUnitRounds.Round(round.id(), round.year().value(), round.title(), round.status(),
                    figures == null ? null : figures.rate(), figures == null ? null : figures.band(),
                    figures == null ? 0 : figures.rank(), figures == null ? 0 : figures.unitsRanked()));
        }
        return new MyUnitRounds(unit, registered.name(), rows);
    }
}
