package com.pingyi.evaluation.ui.result;

import com.pingyi.evaluation.domain.result.SelfInspectionGap;
import com.pingyi.evaluation.ui.common.Formats;
import com.pingyi.evaluation.ui.common.chart.ChartJs;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * What the unit claimed in its self-inspection beside what was verified, indicator by indicator,
 * and the gap in total (claimed minus verified: positive when the unit claimed more), as the
 * domain computed it; a chart of the two side by side, and the figures in a table.
 */
class SelfInspectionPanel extends Div {

    private final ChartJs chart = new ChartJs(ChartJs.Kind.HORIZONTAL_BAR).withLegend(true);

    SelfInspectionPanel(SelfInspectionGap gap) {
        setId("self-inspection");
        UnitPanels.card(this);
        add(new H3(getTranslation("unitpage.self.heading")));
        if (gap.lines().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("unitpage.self.none"));
            none.setId("self-inspection-none");
            none.addClassName("muted");
            add(none);
            return;
        }
        Paragraph total = new Paragraph(getTranslation(gap.total().signum() > 0 ? "unitpage.self.total.over"
                : gap.total().signum() < 0 ? "unitpage.self.total.under" : "unitpage.self.total.even",
                Formats.decimal(gap.total().abs(), 2)));
        total.setId("self-inspection-total");

        List<SelfInspectionGap.Line> lines = gap.lines();
        chart.setId("self-inspection-chart");
        chart.withTitle(getTranslation("unitpage.self.heading"));
        chart.setHeight(Math.max(12, 2 * lines.size() + 5) + "rem");
        chart.setData(lines.stream().map(SelfInspectionGap.Line::name).toList(), List.of(
                ChartJs.Dataset.of(getTranslation("unitpage.self.claimed"), lines.stream().map(l -> points(l.claimed())).toList(),
                        ChartJs.PALETTE.get(1)),
                ChartJs.Dataset.of(getTranslation("unitpage.self.verified"), lines.stream().map(l -> points(l.verified())).toList(),
                        ChartJs.PALETTE.getFirst())));

        Grid<SelfInspectionGap.Line> grid = new Grid<>();
        grid.setId("self-inspection-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(l -> l.indicator().value()).setKey("code").setHeader(getTranslation("unitpage.self.column.code"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SelfInspectionGap.Line::name).setKey("name").setHeader(getTranslation("unitpage.self.column.indicator"))
                .setFlexGrow(1);
        grid.addColumn(l -> Formats.decimal(l.claimed(), 2)).setKey("claimed").setHeader(getTranslation("unitpage.self.claimed"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(l -> Formats.decimal(l.verified(), 2)).setKey("verified").setHeader(getTranslation("unitpage.self.verified"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(l -> signed(l.gap())).setKey("gap").setHeader(getTranslation("unitpage.self.column.gap"))
                .setAutoWidth(true).setFlexGrow(0);
        // the indicators of one scheme (about 150 at most): shown whole, like the explanation's
        grid.setItems(lines);
        grid.setAllRowsVisible(true);
        add(total, chart, grid);
    }

    /** Points as shown everywhere: two decimals, HALF_UP (verified points of record are exact at 12 places). */
    private static BigDecimal points(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    private static String signed(BigDecimal gap) {
        String shown = Formats.decimal(gap, 2);
        return gap.setScale(2, RoundingMode.HALF_UP).signum() > 0 ? "+" + shown : shown;
    }

    ChartJs chart() {
        return chart;
    }
}
