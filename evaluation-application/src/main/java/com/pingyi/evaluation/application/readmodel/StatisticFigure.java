package com.pingyi.evaluation.application.readmodel;

import com.pingyi.evaluation.domain.finding.Statistic;
import java.util.Objects;

/**
 * A statistic and the figure it gives on the round's data now: the number of units taking part whose
 * measured value meets the condition. {@code figure} is null when it cannot be computed, e.g. once an
 * amendment removed the indicator from the scheme.
 */
public record StatisticFigure(Statistic statistic, String indicatorName, Integer figure) {

    public StatisticFigure {
        Objects.requireNonNull(statistic, "statistic");
    }
}
