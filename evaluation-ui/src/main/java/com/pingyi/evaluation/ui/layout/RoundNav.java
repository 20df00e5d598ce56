package com.pingyi.evaluation.ui.layout;

import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.ui.audit.AuditTrailView;
import com.pingyi.evaluation.ui.expert.AssignmentsView;
import com.pingyi.evaluation.ui.finding.FindingsView;
import com.pingyi.evaluation.ui.notice.NoticeView;
import com.pingyi.evaluation.ui.result.ResultsView;
import com.pingyi.evaluation.ui.round.RoundUnitsView;
import com.pingyi.evaluation.ui.round.RoundsView;
import com.pingyi.evaluation.ui.scheme.GradeBandsView;
import com.pingyi.evaluation.ui.scoreimport.ScoreImportView;
import com.pingyi.evaluation.ui.scheme.SchemeView;
import com.pingyi.evaluation.ui.scoring.CompletenessView;
import com.pingyi.evaluation.ui.scoring.ScoringView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where one is within a round: the breadcrumb from the rounds list to this page, and the round's
 * pages side by side. A page the signed-in role may not open is not offered.
 */
public class RoundNav extends Nav {

    /** The pages of a round, in the order an admin runs it. */
    public enum Page {
        RESULTS(ResultsView.class),
        UNITS(RoundUnitsView.class),
        SCHEME(SchemeView.class),
        BANDS(GradeBandsView.class),
        EXPERTS(AssignmentsView.class),
        SCORING(ScoringView.class),
        IMPORT(ScoreImportView.class),
        COMPLETENESS(CompletenessView.class),
        FINDINGS(FindingsView.class),
        NOTICE(NoticeView.class);

        private final Class<? extends Component> view;

        Page(Class<? extends Component> view) {
            this.view = view;
        }

        public Class<? extends Component> view() {
            return view;
        }
    }

    public RoundNav(RoundId round, String roundTitle, Page current) {
        this(round, roundTitle, current, null);
    }

    /** Within one of the round's pages, e.g. one unit of the results: the page becomes a link, the detail the end of the trail. */
    public RoundNav(RoundId round, String roundTitle, Page current, String detail) {
        addClassName("round-nav");
        setAriaLabel(getTranslation("round-nav.label"));
        RouteParameters parameters = new RouteParameters("roundId", round.toString());

        Div crumbs = new Div();
        crumbs.addClassName("round-crumbs");
        crumbs.setId("round-crumbs");
        RouterLink rounds = new RouterLink(getTranslation("round-nav.rounds"), RoundsView.class);
        RouterLink title = new RouterLink(roundTitle, ResultsView.class, parameters);
        crumbs.add(rounds, separator(), title, separator());
        if (detail == null) {
            Span here = new Span(getTranslation("round-nav." + current.name()));
            here.addClassName("round-crumb-current");
            crumbs.add(here);
        } else {
            Span here = new Span(detail);
            here.addClassName("round-crumb-current");
            crumbs.add(new RouterLink(getTranslation("round-nav." + current.name()), current.view(), parameters), separator(), here);
        }

        Div pages = new Div();
        pages.addClassName("round-pages");
        pages.setId("round-pages");
        Set<Page> openable = openable();
        for (Page page : Page.values()) {
            if (!openable.contains(page)) {
                continue;
            }
            RouterLink link = new RouterLink(getTranslation("round-nav." + page.name()), page.view(), parameters);
            link.setId("round-page-" + page.name().toLowerCase(java.util.Locale.ROOT));
            // The router also highlights the link of the open route; the class keeps it so for sub-pages too.
            if (page == current) {
                link.addClassName("current");
                link.getElement().setAttribute("aria-current", "page");
            }
            pages.add(link);
        }
        if (openable.contains(Page.RESULTS)) {
            // The round's own changes, in the audit trail filtered to it.
            RouterLink audit = new RouterLink(getTranslation("round-nav.AUDIT"), AuditTrailView.class);
            audit.setQueryParameters(QueryParameters.of("round", round.toString()));
            audit.setId("round-page-audit");
            pages.add(audit);
        }
        add(crumbs, pages);
    }

    private static Span separator() {
        Span separator = new Span("›");
        separator.addClassName("round-crumb-separator");
        separator.getElement().setAttribute("aria-hidden", "true");
        return separator;
    }

    /**
     * The pages whose own @RolesAllowed let the signed-in user in, checked as the router checks them.
     * The check reads the current request; a page redrawn after background work has none, so the
     * answer is kept on the UI, whose user does not change.
     */
    private static Set<Page> openable() {
        UI ui = UI.getCurrent();
        VaadinService service = VaadinService.getCurrent();
        if (VaadinRequest.getCurrent() != null && service != null) {
            AccessAnnotationChecker checker = service.getInstantiator().getOrCreate(AccessAnnotationChecker.class);
            Set<Page> pages = EnumSet.noneOf(Page.class);
            for (Page page : Page.values()) {
                if (checker.hasAccess(page.view())) {
                    pages.add(page);
                }
            }
            if (ui != null) {
                ComponentUtil.setData(ui, OpenablePages.class, new OpenablePages(pages));
            }
            return pages;
        }
        OpenablePages known = ui == null ? null : ComponentUtil.getData(ui, OpenablePages.class);
        return known == null ? EnumSet.of(Page.RESULTS) : known.pages();
    }

    private record OpenablePages(Set<Page> pages) {
    }
}
