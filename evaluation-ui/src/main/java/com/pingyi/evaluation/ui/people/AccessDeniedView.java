package com.pingyi.evaluation.ui.people;

import com.pingyi.evaluation.ui.layout.MainLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a signed-in person sees on a page their role may not open: a clear refusal with the way back,
 * not the sign-in page and not "not found". (Somebody not signed in is sent to sign in first.)
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

    private final Paragraph who = new Paragraph();

    public AccessDeniedView(AuthenticationContext authentication) {
        addClassName("page-view");
        setId("access-denied");
        H2 heading = new H2(getTranslation("denied.heading"));
        who.setId("access-denied-who");
        who.setText(getTranslation("denied.text", authentication.getPrincipalName().orElse("")));
        RouterLink home = new RouterLink(getTranslation("denied.home"), com.pingyi.evaluation.ui.round.RoundsView.class);
        home.setId("access-denied-home");
        add(heading, who, home);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return HttpServletResponse.SC_FORBIDDEN;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("denied.page-title");
    }
}
