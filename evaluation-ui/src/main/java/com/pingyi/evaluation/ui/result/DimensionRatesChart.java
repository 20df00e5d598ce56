package com.pingyi.evaluation.ui.result;

import com.pingyi.evaluation.domain.result.ExplanationStep;
import com.pingyi.evaluation.ui.common.Formats;
import com.pingyi.evaluation.ui.common.chart.ChartJs;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The unit's rate in every dimension, as the explanation's dimension step shows them (rounded like
 * the score rate); a dimension that does not apply to the unit has no bar.
 */
class DimensionRatesChart extends Div {

    private final ChartJs chart = new ChartJs(ChartJs.Kind.HORIZONTAL_BAR).withAxis(ChartJs.Axis.PERCENT).withUnit("%");

    DimensionRatesChart(List<ExplanationStep> steps) {
        setId("unit-dimension-rates");
        UnitPanels.card(this);
        add(new H3(getTranslation("unitpage.dimensions.heading")));
        List<ExplanationStep.DimensionRate> rates = steps.stream().filter(ExplanationStep.DimensionRates.class::isInstance)
                .map(ExplanationStep.DimensionRates.class::cast).findFirst().map(ExplanationStep.DimensionRates::rates)
                .orElse(List.of());
        chart.setId("unit-dimension-chart");
        chart.withTitle(getTranslation("unitpage.dimensions.heading"));
        chart.setHeight(Math.max(10, 3 * rates.size() + 4) + "rem");
        chart.setData(rates.stream().map(r -> r.applicable() ? r.name()
                        : getTranslation("unitpage.dimensions.not-applicable", r.name())).toList(),
                List.of(ChartJs.Dataset.of(getTranslation("unitpage.dimensions.series"),
                        rates.stream().map(r -> r.applicable() ? r.shownPercent() : null).toList(), ChartJs.PALETTE.getFirst())));
        Paragraph figures = new Paragraph(rates.stream().map(r -> getTranslation("unitpage.dimensions.line", r.name(),
                r.applicable() ? Formats.percent(r.shownPercent()) : getTranslation("explain.dimension.not-applicable"),
                r.weight().stripTrailingZeros().toPlainString())).collect(Collectors.joining(" · ")));
        figures.setId("unit-dimension-text");
        figures.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.Margin.Bottom.NONE);
        Paragraph note = new Paragraph(getTranslation("unitpage.dimensions.note"));
        note.addClassNames("muted", LumoUtility.FontSize.XSMALL, LumoUtility.Margin.Top.XSMALL);
        add(chart, figures, note);
    }

    ChartJs chart() {
        return chart;
    }
}
