package com.pingyi.evaluation.ui.finding;

import com.pingyi.evaluation.application.readmodel.StatisticFigure;
import com.pingyi.evaluation.domain.finding.Comparison;
import com.pingyi.evaluation.domain.finding.Statistic;
import com.pingyi.evaluation.domain.scheme.MeasuredValue;
import com.vaadin.flow.component.Component;

/** A statistic in words, e.g. "主动公开率（GK01）等于 100", and with its figure, e.g. "… → 15 家". */
final class StatisticText {

    private StatisticText() {
    }

    static String condition(Component where, StatisticFigure s) {
        Statistic statistic = s.statistic();
        String name = s.indicatorName() == null ? statistic.indicator().value() : s.indicatorName();
        return where.getTranslation("findings.statistic.condition", name, statistic.indicator().value(),
                comparison(where, statistic.comparison()), reference(where, statistic.reference()));
    }

    static String withFigure(Component where, StatisticFigure s) {
        return where.getTranslation("findings.statistic.with-figure", condition(where, s), figure(where, s));
    }

    static String figure(Component where, StatisticFigure s) {
        return s.figure() == null ? where.getTranslation("findings.statistic.no-figure")
                : where.getTranslation("findings.statistic.figure", s.figure());
    }

    private static String comparison(Component where, Comparison comparison) {
        return switch (comparison) {
            case EQUAL -> where.getTranslation("findings.comparison.equal");
            case AT_LEAST -> where.getTranslation("findings.comparison.at-least");
            case AT_MOST -> where.getTranslation("findings.comparison.at-most");
            case ABOVE -> where.getTranslation("findings.comparison.above");
            case BELOW -> where.getTranslation("findings.comparison.below");
        };
    }

    private static String reference(Component where, MeasuredValue reference) {
        return switch (reference) {
            case MeasuredValue.YesNo(boolean yes) -> yes ? where.getTranslation("findings.value.yes")
                    : where.getTranslation("findings.value.no");
            case MeasuredValue.Quantity(var value) -> value.stripTrailingZeros().toPlainString();
        };
    }
}
