package com.pingyi.evaluation.ui.people;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.port.in.mywork.ListMyAssignments;
import com.pingyi.evaluation.application.port.in.mywork.ListMyAssignmentsUseCase;
import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.application.readmodel.MyAssignment;
import com.pingyi.evaluation.domain.round.RoundStatus;
import com.pingyi.evaluation.ui.scoring.ScoringView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/** An expert's own work: each assigned unit x dimension pair, how much of it is scored, and the way to score it. */
@Route("my-assignments")
@RolesAllowed(Roles.EXPERT)
public class MyAssignmentsView extends VerticalLayout implements HasDynamicTitle {

    public MyAssignmentsView(ListMyAssignmentsUseCase listMyAssignments) {
        addClassName("page-view");
        setSizeFull();
        Grid<MyAssignment> grid = new Grid<>();
        grid.setId("my-assignments-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(MyAssignment::roundTitle).setKey("round").setHeader(getTranslation("mine.column.round")).setFlexGrow(1);
        grid.addColumn(a -> getTranslation("round.status." + a.status().name())).setKey("status")
                .setHeader(getTranslation("mine.column.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(MyAssignment::unitName).setKey("unit").setHeader(getTranslation("mine.column.unit")).setAutoWidth(true);
        grid.addColumn(MyAssignment::dimensionName).setKey("dimension").setHeader(getTranslation("mine.column.dimension")).setAutoWidth(true);
        grid.addColumn(a -> getTranslation("mine.progress", a.scored(), a.indicators())).setKey("progress")
                .setHeader(getTranslation("mine.column.progress")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::open).setKey("open").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("mine.empty"));
        // Lazy, like every list that can grow: a national round may give an expert hundreds of pairs.
        grid.setItems(query -> listMyAssignments.listMyAssignments(new ListMyAssignments(new PageRequest(query.getOffset(),
                query.getLimit()))).items().stream(),
                query -> (int) listMyAssignments.listMyAssignments(new ListMyAssignments(PageRequest.first(1))).total());
        Paragraph intro = new Paragraph(getTranslation("mine.intro"));
        intro.addClassName("view-intro");
        add(new H2(getTranslation("mine.heading")), intro, grid);
        setFlexGrow(1, grid);
    }

    private Component open(MyAssignment a) {
        boolean open = a.status() == RoundStatus.OPEN;
        Button score = new Button(getTranslation(open ? "mine.score" : "mine.read"), VaadinIcon.EDIT.create(), click ->
                getUI().ifPresent(ui -> ui.navigate(RouteConfiguration.forSessionScope().getUrl(ScoringView.class,
                        new RouteParameters("roundId", a.round().toString())), QueryParameters.simple(Map.of("unit", a.unit().toString())))));
        score.addThemeVariants(ButtonVariant.LUMO_SMALL, open ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
        score.setId("score-" + a.unit() + "-" + a.dimension().value());
        return score;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mine.page-title");
    }
}
