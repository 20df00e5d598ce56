package com.pingyi.evaluation.ui.result;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.port.in.result.UnitHistory;
import com.pingyi.evaluation.application.port.in.result.UnitHistoryUseCase;
import com.pingyi.evaluation.application.port.in.unit.GetUnit;
import com.pingyi.evaluation.application.port.in.unit.GetUnitUseCase;
import com.pingyi.evaluation.domain.result.YearOverYear;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.unit.UnitId;
import com.pingyi.evaluation.ui.common.DomainErrors;
import com.pingyi.evaluation.ui.common.Formats;
import com.pingyi.evaluation.ui.common.chart.ChartJs;
import com.pingyi.evaluation.ui.unit.UnitsView;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A unit year over year: its rate, band and rank in every round with results, under its own name
 * or a predecessor's where it did not yet exist, with the change from the year before; a line of
 * its rate, and the figures in a table.
 */
@Route("units/:unitId/history")
@RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
public class UnitHistoryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final UnitHistoryUseCase unitHistory;
    private final GetUnitUseCase getUnit;
    private final ChartJs chart = new ChartJs(ChartJs.Kind.LINE).withAxis(ChartJs.Axis.PERCENT).withUnit("%");

    /** A year's figures and the change in rate from the year listed before it (null for the first). */
    record Row(YearOverYear.YearFigures figures, BigDecimal change) {
    }

    public UnitHistoryView(UnitHistoryUseCase unitHistory, GetUnitUseCase getUnit) {
        this.unitHistory = unitHistory;
        this.getUnit = getUnit;
        addClassName("page-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new RouterLink(getTranslation("history.back"), UnitsView.class));
        String id = event.getRouteParameters().get("unitId").orElse("");
        String name;
        List<YearOverYear.YearFigures> years;
        try {
            UnitId unit = UnitId.of(id);
            name = getUnit.getUnit(new GetUnit(unit)).name();
            years = unitHistory.unitHistory(new UnitHistory(unit));
        } catch (DomainException unavailable) {
            Paragraph error = new Paragraph(getTranslation("history.unavailable", DomainErrors.message(this, unavailable)));
            error.setId("history-error");
            add(error);
            return;
        }
        H2 heading = new H2(getTranslation("history.heading", name));
        heading.setId("history-heading");
        Paragraph intro = new Paragraph(getTranslation("history.intro"));
        intro.addClassName("view-intro");
        add(heading, intro);
        if (years.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("history.none"));
            none.setId("history-none");
            add(none);
            return;
        }
        List<Row> rows = rows(years);

        chart.setId("history-chart");
        chart.withTitle(getTranslation("history.chart.heading"));
        chart.setData(years.stream().map(y -> y.year().toString()).toList(), List.of(ChartJs.Dataset.of(
                getTranslation("history.chart.series"), years.stream().map(y -> y.rate().percent()).toList(), ChartJs.PALETTE.getFirst())));
        chart.setHeight("16rem");
        Div chartCard = new Div(new H3(getTranslation("history.chart.heading")), chart);
        UnitPanels.card(chartCard);
        chartCard.setWidthFull();

        Grid<Row> grid = new Grid<>();
        grid.setId("history-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(r -> r.figures().year().toString()).setKey("year").setHeader(getTranslation("history.column.year"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.figures().nameThatYear()).setKey("name").setHeader(getTranslation("history.column.name")).setFlexGrow(1);
        grid.addColumn(r -> Formats.percent(r.figures().rate().percent())).setKey("rate")
                .setHeader(getTranslation("history.column.rate")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.figures().band()).setKey("band").setHeader(getTranslation("history.column.band"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> getTranslation("history.rank", r.figures().rank(), r.figures().unitsRanked())).setKey("rank")
                .setHeader(getTranslation("history.column.rank")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> change(r.change())).setKey("change").setHeader(getTranslation("history.column.change"))
                .setAutoWidth(true).setFlexGrow(0);
        // one row per year with results: a handful, shown whole
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        Div tableCard = new Div(new H3(getTranslation("history.table.heading")), grid);
        UnitPanels.card(tableCard);
        tableCard.setWidthFull();
        add(chartCard, tableCard);
    }

    static List<Row> rows(List<YearOverYear.YearFigures> years) {
        List<Row> rows = new ArrayList<>(years.size());
        for (int k = 0; k < years.size(); k++) {
            rows.add(new Row(years.get(k), k == 0 ? null : YearOverYear.rateChange(years.get(k - 1), years.get(k))));
        }
        return rows;
    }

    private String change(BigDecimal change) {
        if (change == null) {
            return "—";
        }
        String points = change.abs().toPlainString();
        return change.signum() > 0 ? getTranslation("history.change.up", points)
                : change.signum() < 0 ? getTranslation("history.change.down", points) : getTranslation("history.change.same");
    }

    ChartJs chart() {
        return chart;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("history.page-title");
    }
}
