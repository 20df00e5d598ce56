package com.pingyi.evaluation.ui.scoring;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.application.port.in.result.ListMissingScores;
import com.pingyi.evaluation.application.port.in.result.ListMissingScoresUseCase;
import com.pingyi.evaluation.application.port.in.round.GetRound;
import com.pingyi.evaluation.application.port.in.round.GetRoundUseCase;
import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.score.MissingScore;
import com.pingyi.evaluation.ui.layout.RoundNav;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

/** What still stands between the round and its closing: every missing score, page by page, each a link to where it is entered. */
@Route("rounds/:roundId/completeness")
@RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
public class CompletenessView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final int PAGE_SIZE = 100;

    private final ListMissingScoresUseCase listMissingScores;
    private final H2 heading = new H2();
    private final Grid<MissingScore> grid = new Grid<>();
    private final GetRoundUseCase getRound;
    private final Div nav = new Div();
    private RoundId round;

    public CompletenessView(ListMissingScoresUseCase listMissingScores, GetRoundUseCase getRound) {
        this.listMissingScores = listMissingScores;
        this.getRound = getRound;
        addClassName("page-view");
        setSizeFull();
        heading.setId("completeness-heading");
        Paragraph intro = new Paragraph(getTranslation("completeness.intro"));
        intro.addClassName("view-intro");

        grid.setId("missing-grid");
        grid.setPageSize(PAGE_SIZE);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(new ComponentRenderer<>(this::unitLink)).setKey("unit")
                .setHeader(getTranslation("completeness.column.unit")).setFlexGrow(1);
        grid.addColumn(m -> m.indicator().value()).setKey("indicator")
                .setHeader(getTranslation("completeness.column.indicator")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::problem).setKey("problem").setHeader(getTranslation("completeness.column.problem")).setFlexGrow(1);
        grid.setEmptyStateText(getTranslation("completeness.none"));
        nav.setWidthFull();
        add(nav, heading, intro, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        round = RoundId.of(event.getRouteParameters().get("roundId").orElse(""));
        nav.removeAll();
        nav.add(new RoundNav(round, getRound.getRound(new GetRound(round)).title(), RoundNav.Page.COMPLETENESS));
        long total = count();
        heading.setText(getTranslation("completeness.heading", total));
        // The use case pages at most PageRequest.MAX_LIMIT rows; the grid asks for pages no larger.
        grid.setItems(query -> listMissingScores.listMissingScores(new ListMissingScores(round,
                        new PageRequest(query.getOffset(), Math.min(query.getLimit(), PageRequest.MAX_LIMIT)))).items().stream(),
                query -> {
                    query.getOffset();
                    query.getLimit();
                    return (int) count();
                });
    }

    private long count() {
        return listMissingScores.listMissingScores(new ListMissingScores(round, PageRequest.first(1))).total();
    }

    private RouterLink unitLink(MissingScore missing) {
        RouterLink link = new RouterLink(missing.unitName(), ScoringView.class, new RouteParameters("roundId", round.toString()));
        link.setQueryParameters(QueryParameters.of("unit", missing.unit().toString()));
        return link;
    }

    private String problem(MissingScore missing) {
        return missing.problem() == MissingScore.Problem.TOO_FEW
                ? getTranslation("completeness.problem.TOO_FEW", missing.recorded(), missing.needed())
                : getTranslation("completeness.problem.MISSING");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("completeness.page-title");
    }
}
