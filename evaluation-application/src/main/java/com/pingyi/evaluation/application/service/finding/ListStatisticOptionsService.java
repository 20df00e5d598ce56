package com.pingyi.evaluation.application.service.finding;

import com.pingyi.evaluation.application.port.in.finding.ListStatisticOptions;
import com.pingyi.evaluation.application.port.in.finding.ListStatisticOptionsUseCase;
import com.pingyi.evaluation.application.readmodel.FindingChoices;
import com.pingyi.evaluation.application.readmodel.StatisticFigure;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.scheme.Dimension;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;

class ListStatisticOptionsService implements ListStatisticOptionsUseCase {

    private final FindingQueries queries;

    ListStatisticOptionsService(FindingQueries queries) {
        this.queries = queries;
    }

    @Override
    @Transactional(readOnly = true)
    public FindingChoices listStatisticOptions(ListStatisticOptions query) {
        EvaluationRound round = queries.round(query.round());
        Figures figures = new Figures(round);
        List<StatisticFigure> statistics = round.scheme().map(StatisticCandidates::of).orElse(List.of()).stream()
                .map(figures::of).toList();
        List<FindingChoices.UnitChoice> units = round.activeUnits().stream()
                .map(u -> new FindingChoices.UnitChoice(u.id(), u.name())).toList();
        List<FindingChoices.DimensionChoice> dimensions = round.scheme().map(s -> s.dimensions().stream()
                .map((Dimension d) -> new FindingChoices.DimensionChoice(d.code(), d.name())).toList()).orElse(List.of());
        return new FindingChoices(statistics, units, dimensions, figures.countedUnits());
    }
}
