package com.pingyi.evaluation.application.readmodel;

import com.pingyi.evaluation.domain.scheme.DimensionCode;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.util.List;

/**
 * What the findings editor of a round offers: the statistics a finding can quote, each with the
 * figure it gives now, in the scheme's order; the units taking part, in registry order; and the
 * dimensions. {@code countedUnits}: how many units the figures are counted over.
 */
public record FindingChoices(List<StatisticFigure> statistics, List<UnitChoice> units, List<DimensionChoice> dimensions,
        int countedUnits) {

    public FindingChoices {
        statistics = List.copyOf(statistics);
        units = List.copyOf(units);
        dimensions = List.copyOf(dimensions);
    }

    /** A unit a finding may be about. */
    public record UnitChoice(UnitId id, String name) {
    }

    /** A dimension a finding may be tied to. */
    public record DimensionChoice(DimensionCode code, String name) {
    }
}
