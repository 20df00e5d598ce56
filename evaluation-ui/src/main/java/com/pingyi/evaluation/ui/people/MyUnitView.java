package com.pingyi.evaluation.ui.people;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.port.in.mywork.ListMyUnitRoundsUseCase;
import com.pingyi.evaluation.application.readmodel.MyUnitRounds;
import com.pingyi.evaluation.domain.round.RoundStatus;
import com.pingyi.evaluation.ui.common.DomainErrors;
import com.pingyi.evaluation.ui.common.Formats;
import com.pingyi.evaluation.ui.scoring.ScoringView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;

/**
 * A unit contact's own unit: the rounds it takes part in, the way to its self-inspection while a round
 * is open, and its result once the round is published. The list holds one row per year, so it is read whole.
 */
@Route("my-unit")
@RolesAllowed(Roles.UNIT_CONTACT)
public class MyUnitView extends VerticalLayout implements HasDynamicTitle {

    public MyUnitView(ListMyUnitRoundsUseCase listMyUnitRounds) {
        addClassName("page-view");
        setSizeFull();
        H2 heading = new H2(getTranslation("my-unit.heading"));
        heading.setId("my-unit-heading");
        Grid<MyUnitRounds.Round> grid = new Grid<>();
        grid.setId("my-unit-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(MyUnitRounds.Round::title).setKey("round").setHeader(getTranslation("mine.column.round")).setFlexGrow(1);
        grid.addColumn(r -> getTranslation("round.status." + r.status().name())).setKey("status")
                .setHeader(getTranslation("mine.column.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.rate() == null ? "" : Formats.percent(r.rate().percent())).setKey("rate")
                .setHeader(getTranslation("my-unit.column.rate")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.band() == null ? "" : r.band()).setKey("band").setHeader(getTranslation("my-unit.column.band"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.published() ? getTranslation("my-unit.rank", r.rank(), r.unitsRanked()) : "").setKey("rank")
                .setHeader(getTranslation("my-unit.column.rank")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::action).setKey("action").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("my-unit.empty"));
        Paragraph intro = new Paragraph(getTranslation("my-unit.intro"));
        intro.addClassName("view-intro");
        add(heading, intro, grid);
        setFlexGrow(1, grid);
        DomainErrors.attempt(this, () -> {
            MyUnitRounds mine = listMyUnitRounds.listMyUnitRounds();
            heading.setText(mine.unitName());
            grid.setItems(mine.rounds());
        });
    }

    private Component action(MyUnitRounds.Round round) {
        if (round.status() != RoundStatus.OPEN) {
            return new Span();
        }
        Button enter = new Button(getTranslation("my-unit.self-inspection"), VaadinIcon.EDIT.create(), click -> getUI().ifPresent(ui ->
                ui.navigate(ScoringView.class, new RouteParameters("roundId", round.round().toString()))));
        enter.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        enter.setId("self-inspection-" + round.year());
        return enter;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my-unit.page-title");
    }
}
