package com.pingyi.evaluation.ui.dashboard;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.port.in.dashboard.GetDashboard;
import com.pingyi.evaluation.application.port.in.dashboard.GetDashboardUseCase;
import com.pingyi.evaluation.application.readmodel.Dashboard;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.ui.common.DomainErrors;
import com.pingyi.evaluation.ui.round.RoundsView;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

/**
 * The landing page (工作台): the rounds in progress and how far each is, and the latest published
 * round's bands and dimension averages. Admins and auditors see it; every other role lands on the
 * rounds list instead, so that the address after sign-in opens for everybody.
 */
@Route("")
@RolesAllowed({Roles.ADMIN, Roles.AUDITOR, Roles.EXPERT, Roles.UNIT_CONTACT})
public class DashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Rounds in progress listed at most; a longer list links to the rounds view. */
    static final int MAX_IN_PROGRESS = 6;

    private final GetDashboardUseCase getDashboard;
    private final AuthenticationContext authentication;

    public DashboardView(GetDashboardUseCase getDashboard, AuthenticationContext authentication) {
        this.getDashboard = getDashboard;
        this.authentication = authentication;
        addClassName("page-view");
        setSpacing(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!authentication.hasAnyRole(Roles.ADMIN, Roles.AUDITOR)) {
            event.forwardTo(RoundsView.class);
            return;
        }
        removeAll();
        Paragraph intro = new Paragraph(getTranslation("dashboard.intro"));
        intro.addClassName("view-intro");
        add(new H2(getTranslation("dashboard.heading")), intro);
        Dashboard dashboard;
        try {
            dashboard = getDashboard.getDashboard(new GetDashboard(MAX_IN_PROGRESS));
        } catch (DomainException unavailable) {
            Paragraph error = new Paragraph(getTranslation("dashboard.unavailable", DomainErrors.message(this, unavailable)));
            error.setId("dashboard-error");
            add(error);
            return;
        }
        add(new RoundsInProgress(dashboard.inProgress(), dashboard.moreInProgress()));
        if (dashboard.latest().isPresent()) {
            add(new LatestPublished(dashboard.latestPublished()));
        } else {
            Paragraph none = new Paragraph(getTranslation("dashboard.latest.none"));
            none.setId("latest-none");
            none.addClassName("muted");
            add(new H3(getTranslation("dashboard.latest.heading")), none);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.page-title");
    }
}
