package com.pingyi.evaluation.ui.result;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.port.in.export.ExportResults;
import com.pingyi.evaluation.application.port.in.export.ExportResultsUseCase;
import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.application.port.in.result.ListResults;
import com.pingyi.evaluation.application.port.in.result.ListResultsUseCase;
import com.pingyi.evaluation.application.port.in.round.CloseRoundUseCase;
import com.pingyi.evaluation.application.port.in.round.GetRound;
import com.pingyi.evaluation.application.port.in.round.GetRoundUseCase;
import com.pingyi.evaluation.application.port.in.round.OpenRoundUseCase;
import com.pingyi.evaluation.application.port.in.round.PublishRoundUseCase;
import com.pingyi.evaluation.application.port.in.round.ReopenRoundUseCase;
import com.pingyi.evaluation.application.readmodel.RankedUnitView;
import com.pingyi.evaluation.application.readmodel.RoundState;
import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.ui.common.Badges;
import com.pingyi.evaluation.ui.common.DomainErrors;
import com.pingyi.evaluation.ui.common.Downloads;
import com.pingyi.evaluation.ui.common.Formats;
import com.pingyi.evaluation.ui.layout.RoundNav;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** A round's results, ranked, page by page; a click on a unit opens the explanation of its grade. */
@Route("rounds/:roundId/results")
@RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
public class ResultsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final GetRoundUseCase getRound;
    private final ListResultsUseCase listResults;
    private final ExportResultsUseCase exportResults;
    private final H2 heading = new H2();
    private final Paragraph status = new Paragraph();
    private final HorizontalLayout links = new HorizontalLayout();
    private final RoundActions actions;
    private final Grid<RankedUnitView> grid = new Grid<>();
    private final Paragraph unavailable = new Paragraph();
    private RoundState round;

    public ResultsView(GetRoundUseCase getRound, ListResultsUseCase listResults, AuthenticationContext authentication,
                       OpenRoundUseCase open, CloseRoundUseCase close, ReopenRoundUseCase reopen, PublishRoundUseCase publish,
                       ExportResultsUseCase exportResults) {
        this.getRound = getRound;
        this.exportResults = exportResults;
        this.listResults = listResults;
        this.actions = new RoundActions(open, close, reopen, publish, this::show);
        // Auditors read; only admins may act (the use cases refuse anyone else in any case).
        actions.setVisible(authentication.hasRole(Roles.ADMIN));
        addClassName("page-view");
        setSizeFull();
        status.addClassName("view-intro");

        grid.setId("results-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(r -> r.rank() == null ? "—" : r.rank().toString()).setKey("rank")
                .setHeader(getTranslation("results.column.rank")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RankedUnitView::unitName).setKey("unit").setHeader(getTranslation("results.column.unit")).setFlexGrow(1);
        grid.addColumn(r -> Formats.percent(r.scoreRate())).setKey("rate")
                .setHeader(getTranslation("results.column.rate")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::bandCell)).setKey("band")
                .setHeader(getTranslation("results.column.band")).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("results.empty"));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(UnitExplanationView.class, new RouteParameters(
                new com.vaadin.flow.router.RouteParam("roundId", round.id().toString()),
                new com.vaadin.flow.router.RouteParam("unitId", click.getItem().unitId().toString())))));

        HorizontalLayout header = new HorizontalLayout(heading, actions);
        header.setWidthFull();
        header.setAlignItems(Alignment.CENTER);
        header.setJustifyContentMode(JustifyContentMode.BETWEEN);
        unavailable.setId("results-unavailable");
        unavailable.setVisible(false);
        links.setWidthFull();
        add(links, header, status, unavailable, grid);
        setFlexGrow(1, grid);
    }

    private Span bandCell(RankedUnitView row) {
        if (row.rank() == null) {
            Span unrated = new Span(getTranslation("results.unrated"));
            unrated.addClassName("muted");
            return unrated;
        }
        Span badge = Badges.band(row.band(), row.named());
        if (row.vetoed()) {
            badge.setText(row.band() + " · " + getTranslation("results.vetoed"));
        }
        return badge;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RoundId id = RoundId.of(event.getRouteParameters().get("roundId").orElse(""));
        show(getRound.getRound(new GetRound(id)));
    }

    private void show(RoundState shown) {
        round = shown;
        RoundId id = shown.id();
        heading.setText(round.title());
        actions.show(round);
        status.setText(getTranslation("results.intro", round.year(), getTranslation("round.status." + round.status().name())));
        links.removeAll();
        links.add(new RoundNav(id, round.title(), RoundNav.Page.RESULTS));
        long total;
        try {
            total = listResults.listResults(new ListResults(id, PageRequest.first(1))).total();
        } catch (DomainException notYet) {
            // A round still being set up or scored has no results until its scores are complete.
            unavailable.setText(getTranslation("results.unavailable", DomainErrors.message(this, notYet)));
            unavailable.setVisible(true);
            grid.setItems(List.of());
            return;
        }
        unavailable.setVisible(false);
        links.add(Downloads.link(this, "results-download-xlsx", getTranslation("export.results.xlsx"),
                () -> exportResults.exportResults(new ExportResults(id))));
        grid.setItems(
                query -> listResults.listResults(new ListResults(id, new PageRequest(query.getOffset(), query.getLimit()))).items().stream(),
                // The number of ranked units is known from the probe above; asking again would recompute a live round.
                query -> (int) total);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("results.page-title");
    }
}
