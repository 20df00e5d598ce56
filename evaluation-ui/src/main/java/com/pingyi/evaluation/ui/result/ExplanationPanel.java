package com.pingyi.evaluation.ui.result;

import com.pingyi.evaluation.domain.result.ExplanationStep;
import com.pingyi.evaluation.ui.common.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The eight steps of the result pipeline for one unit, in the order they were applied, each with
 * its figures: the answer to "why this grade?". The domain's step records are shown as they are.
 */
public class ExplanationPanel extends VerticalLayout {

    public ExplanationPanel(List<ExplanationStep> steps) {
        setPadding(false);
        addClassName("explanation");
        int number = 1;
        for (ExplanationStep step : steps) {
            add(section(number++, step));
        }
    }

    private Component section(int number, ExplanationStep step) {
        Div box = new Div();
        // border-box: the step's padding and border inside its full width, or the page scrolls sideways
        box.addClassNames("explanation-step", LumoUtility.BoxSizing.BORDER);
        String key = switch (step) {
            case ExplanationStep.VetoCheck v -> "explain.veto";
            case ExplanationStep.PointsOfRecord p -> "explain.points";
            case ExplanationStep.DimensionRates d -> "explain.dimensions";
            case ExplanationStep.WeightedTotal w -> "explain.weighted";
            case ExplanationStep.Deductions d -> "explain.deductions";
            case ExplanationStep.Bonus b -> "explain.bonus";
            case ExplanationStep.Rounding r -> "explain.rounding";
            case ExplanationStep.Band b -> "explain.band";
        };
        box.add(new H3(number + ". " + getTranslation(key)));
        box.add(body(step));
        return box;
    }

    private Component body(ExplanationStep step) {
        return switch (step) {
            case ExplanationStep.VetoCheck v -> new Paragraph(v.vetoed()
                    ? getTranslation("explain.veto.failed", v.failures().stream()
                            .map(f -> f.name() + "：" + f.reason()).collect(Collectors.joining("；")))
                    : getTranslation("explain.veto.passed"));
            case ExplanationStep.PointsOfRecord p -> indicators(p.lines());
            case ExplanationStep.DimensionRates d -> dimensions(d.rates());
            case ExplanationStep.WeightedTotal w -> new Paragraph(getTranslation("explain.weighted.text",
                    Formats.decimal(w.sumOfRateTimesWeight(), 4), Formats.decimal(w.applicableWeight(), 2),
                    Formats.decimal(w.factor(), 6), Formats.decimal(w.total(), 4)));
            case ExplanationStep.Deductions d -> new Paragraph(d.lines().isEmpty()
                    ? getTranslation("explain.deductions.none", Formats.decimal(d.base(), 4))
                    : getTranslation("explain.deductions.text", d.lines().stream()
                            .map(l -> getTranslation("explain.deductions.line", l.name(), Formats.decimal(l.recorded(), 2),
                                    l.max().value().toPlainString(), Formats.decimal(l.applied(), 2)))
                            .collect(Collectors.joining("；")), Formats.decimal(d.total(), 2), Formats.decimal(d.base(), 4)));
            case ExplanationStep.Bonus b -> new Paragraph(b.lines().isEmpty()
                    ? getTranslation("explain.bonus.none", Formats.decimal(b.rate(), 4))
                    : getTranslation("explain.bonus.text", b.lines().stream()
                            .map(l -> getTranslation(l.counted() ? "explain.bonus.counted" : "explain.bonus.not-counted",
                                    l.name(), Formats.decimal(l.points(), 2), Formats.decimal(l.threshold(), 2)))
                            .collect(Collectors.joining("；")), Formats.decimal(b.rate(), 4)));
            case ExplanationStep.Rounding r -> new Paragraph(getTranslation("explain.rounding.text",
                    r.unrounded().toPlainString(), r.precision(), r.rounded().toPlainString()));
            case ExplanationStep.Band b -> new Paragraph(getTranslation(b.byVeto() ? "explain.band.veto" : "explain.band.text",
                    b.label(), b.interval(), b.rank()));
        };
    }

    private Component indicators(List<ExplanationStep.IndicatorPoints> lines) {
        Grid<ExplanationStep.IndicatorPoints> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(l -> l.indicator().toString()).setHeader(getTranslation("explain.column.code")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ExplanationStep.IndicatorPoints::name).setHeader(getTranslation("explain.column.indicator")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(l -> getTranslation("method." + l.method().name())).setHeader(getTranslation("explain.column.method")).setAutoWidth(true);
        grid.addColumn(l -> l.measuredValue() != null ? l.measuredValue()
                : l.rawScores().stream().map(p -> p.value().toPlainString()).collect(Collectors.joining(" / ")))
                .setHeader(getTranslation("explain.column.raw")).setAutoWidth(true);
        grid.addColumn(ExplanationStep.IndicatorPoints::how).setHeader(getTranslation("explain.column.how")).setAutoWidth(true);
        grid.addColumn(l -> l.applicable() ? Formats.decimal(l.points(), 2) + " / " + l.max().value().toPlainString()
                : getTranslation("explain.not-applicable", l.notApplicableReason()))
                .setHeader(getTranslation("explain.column.points")).setAutoWidth(true);
        // At most the indicators of one scheme (about 150): shown whole, for reading and printing.
        grid.setItems(lines);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Component dimensions(List<ExplanationStep.DimensionRate> rates) {
        Grid<ExplanationStep.DimensionRate> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(ExplanationStep.DimensionRate::name).setHeader(getTranslation("explain.column.dimension")).setFlexGrow(1);
        grid.addColumn(d -> Formats.decimal(d.weight(), 2) + "%").setHeader(getTranslation("explain.column.weight")).setAutoWidth(true);
        grid.addColumn(d -> d.applicable() ? Formats.decimal(d.points(), 2) + " / " + Formats.decimal(d.applicableMax(), 2)
                : getTranslation("explain.dimension.not-applicable")).setHeader(getTranslation("explain.column.points")).setAutoWidth(true);
        grid.addColumn(d -> Formats.decimal(d.notApplicableFactor(), 6)).setHeader(getTranslation("explain.column.factor")).setAutoWidth(true);
        grid.addColumn(d -> d.applicable() ? Formats.percent(d.shownPercent()) : "—").setHeader(getTranslation("explain.column.rate")).setAutoWidth(true);
        grid.setItems(rates);
        grid.setAllRowsVisible(true);
        return grid;
    }
}
