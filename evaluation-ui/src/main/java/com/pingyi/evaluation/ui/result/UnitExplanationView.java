package com.pingyi.evaluation.ui.result;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.port.in.result.ExplainResult;
import com.pingyi.evaluation.application.port.in.result.ExplainResultUseCase;
import com.pingyi.evaluation.application.port.in.round.GetRound;
import com.pingyi.evaluation.application.port.in.round.GetRoundUseCase;
import com.pingyi.evaluation.application.readmodel.UnitExplanation;
import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.unit.UnitId;
import com.pingyi.evaluation.ui.common.Badges;
import com.pingyi.evaluation.ui.common.DomainErrors;
import com.pingyi.evaluation.ui.common.Formats;
import com.pingyi.evaluation.ui.layout.RoundNav;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

/**
 * "Why this grade?": one unit's result, its dimension rates and its self-inspection beside what was
 * verified, every step that produced the grade, and the way to its year-over-year history.
 */
@Route("rounds/:roundId/units/:unitId")
@RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
public class UnitExplanationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ExplainResultUseCase explainResult;
    private final GetRoundUseCase getRound;

    public UnitExplanationView(ExplainResultUseCase explainResult, GetRoundUseCase getRound) {
        this.explainResult = explainResult;
        this.getRound = getRound;
        addClassName("page-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String roundId = event.getRouteParameters().get("roundId").orElse("");
        String unitId = event.getRouteParameters().get("unitId").orElse("");
        UnitExplanation why;
        try {
            why = explainResult.explainResult(new ExplainResult(RoundId.of(roundId), UnitId.of(unitId)));
        } catch (DomainException notYet) {
            Paragraph unavailable = new Paragraph(getTranslation("results.unavailable", DomainErrors.message(this, notYet)));
            unavailable.setId("explain-unavailable");
            add(new RouterLink(getTranslation("explain.back"), ResultsView.class, new RouteParameters("roundId", roundId)), unavailable);
            return;
        }

        Div figures = new Div();
        figures.addClassName("figures");
        figures.add(figure("explain.figure.rate", Formats.percent(why.scoreRate())),
                figure("explain.figure.rank", Integer.toString(why.rank())));
        Span band = Badges.band(why.band(), true);
        band.setId("explained-band");
        figures.add(band);

        RouterLink history = new RouterLink(getTranslation("history.link"), UnitHistoryView.class,
                new RouteParameters("unitId", why.unit().toString()));
        history.setId("unit-history-link");
        figures.add(history);

        RoundNav nav = new RoundNav(RoundId.of(roundId), getRound.getRound(new GetRound(RoundId.of(roundId))).title(),
                RoundNav.Page.RESULTS, why.unitName());
        add(nav, new H2(why.unitName()), figures,
                UnitPanels.row(new DimensionRatesChart(why.steps()), new SelfInspectionPanel(why.selfInspection())),
                new ExplanationPanel(why.steps()));
    }

    private Span figure(String key, String value) {
        Span figure = new Span(getTranslation(key) + " " + value);
        figure.addClassName("figure");
        return figure;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("explain.page-title");
    }
}
