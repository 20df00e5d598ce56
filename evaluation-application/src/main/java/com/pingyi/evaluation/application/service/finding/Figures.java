package com.pingyi.evaluation.application.service.finding;

import com.pingyi.evaluation.application.readmodel.StatisticFigure;
import com.pingyi.evaluation.domain.finding.Finding;
import com.pingyi.evaluation.domain.finding.Statistic;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.scheme.Indicator;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.unit.EvaluatedUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures of a round's statistics, counted as the notice counts them: by the domain's
 * {@link Statistic#count}, over the units taking part (a withdrawn unit is not counted).
 */
final class Figures {

    private final EvaluationRound round;
    private final List<EvaluatedUnit> counted;

    Figures(EvaluationRound round) {
        this.round = round;
        this.counted = round.activeUnits();
    }

    int countedUnits() {
        return counted.size();
    }

    StatisticFigure of(Statistic statistic) {
        String name = round.scheme().flatMap(s -> s.find(statistic.indicator())).map(Indicator::name).orElse(null);
        Integer figure;
        try {
            figure = name == null ? null : statistic.count(round.scores(), counted);
        } catch (DomainException gone) {
            figure = null;
        }
        return new StatisticFigure(statistic, name, figure);
    }

    List<StatisticFigure> of(Finding finding) {
        List<StatisticFigure> figures = new ArrayList<>();
        for (Statistic s : finding.statistics()) {
            figures.add(of(s));
        }
        return figures;
    }

    /** The finding's text with its figures in place; the text as typed while one of them cannot be computed. */
    static String rendered(Finding finding, List<StatisticFigure> figures) {
        if (figures.stream().anyMatch(f -> f.figure() == null)) {
            return finding.text();
        }
        return finding.render(figures.stream().map(StatisticFigure::figure).toList());
    }
}
