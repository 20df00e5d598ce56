package com.pingyi.evaluation.application.service.result;

import com.pingyi.evaluation.application.port.in.result.UnitHistory;
import com.pingyi.evaluation.application.port.in.result.UnitHistoryUseCase;
import com.pingyi.evaluation.application.port.out.FindRoundsOfUnitsPort;
import com.pingyi.evaluation.application.port.out.LoadRoundPort;
import com.pingyi.evaluation.application.port.out.UnitRegistryPort;
import com.pingyi.evaluation.application.readmodel.RegisteredUnitView;
import com.pingyi.evaluation.domain.result.YearOverYear;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.unit.EvaluatedUnit;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.transaction.annotation.Transactional;

class UnitHistoryService implements UnitHistoryUseCase {

    private final UnitRegistryPort registry;
    private final FindRoundsOfUnitsPort findRounds;
    private final LoadRoundPort load;

    UnitHistoryService(UnitRegistryPort registry, FindRoundsOfUnitsPort findRounds, LoadRoundPort load) {
        this.registry = registry;
        this.findRounds = findRounds;
        this.load = load;
    }

    @Override
    @Transactional(readOnly = true)
    public List<YearOverYear.YearFigures> unitHistory(UnitHistory query) {
        RegisteredUnitView unit = registry.findUnit(query.unit())
                .orElseThrow(() -> new DomainException("unit.not-registered", query.unit()));
        Set<UnitId> ids = new HashSet<>(unit.predecessors());
        ids.add(unit.id());
        List<YearOverYear.YearResults> years = new ArrayList<>();
        for (var roundId : findRounds.findRoundsOfUnits(ids)) {
            load.loadRound(roundId).filter(ResultQueries::settled)
                    .ifPresent(round -> years.add(new YearOverYear.YearResults(round.year(), round.results())));
        }
        return YearOverYear.history(new EvaluatedUnit(unit.id(), unit.name(), unit.predecessors()), years);
    }

}
