package com.pingyi.evaluation.ui.layout;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.ui.audit.AuditTrailView;
import com.pingyi.evaluation.ui.dashboard.DashboardView;
import com.pingyi.evaluation.ui.i18n.LanguageSwitch;
import com.pingyi.evaluation.ui.people.ChangePasswordView;
import com.pingyi.evaluation.ui.people.MyAssignmentsView;
import com.pingyi.evaluation.ui.people.MyUnitView;
import com.pingyi.evaluation.ui.people.UsersView;
import com.pingyi.evaluation.ui.round.RoundsView;
import com.pingyi.evaluation.ui.unit.UnitsView;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;
import org.springframework.security.core.GrantedAuthority;

/** The shell around every signed-in view: brand, navigation, the user and role, language, sign-out. */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication) {
        setPrimarySection(Section.DRAWER);

        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("brand");
        Div brandBox = new Div(brand);
        brandBox.addClassName("brand-box");

        SideNav nav = new SideNav();
        if (authentication.hasAnyRole(Roles.ADMIN, Roles.AUDITOR)) {
            nav.addItem(new SideNavItem(getTranslation("nav.dashboard"), DashboardView.class, VaadinIcon.DASHBOARD.create()));
        }
        // A session that may only change its password is offered nothing else.
        if (!authentication.hasRole(Roles.PASSWORD_CHANGE_PENDING)) {
            nav.addItem(new SideNavItem(getTranslation("nav.rounds"), RoundsView.class, VaadinIcon.CALENDAR.create()));
        }
        // Each role sees what it may use; the use cases refuse the rest anyway.
        if (authentication.hasRole(Roles.EXPERT)) {
            nav.addItem(new SideNavItem(getTranslation("nav.my-assignments"), MyAssignmentsView.class, VaadinIcon.TASKS.create()));
        }
        if (authentication.hasRole(Roles.UNIT_CONTACT)) {
            nav.addItem(new SideNavItem(getTranslation("nav.my-unit"), MyUnitView.class, VaadinIcon.HOME.create()));
        }
        if (authentication.hasAnyRole(Roles.ADMIN, Roles.AUDITOR)) {
            nav.addItem(new SideNavItem(getTranslation("nav.units"), UnitsView.class, VaadinIcon.BUILDING.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.users"), UsersView.class, VaadinIcon.USERS.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.audit"), AuditTrailView.class, VaadinIcon.RECORDS.create()));
        }
        nav.addItem(new SideNavItem(getTranslation("nav.change-password"), ChangePasswordView.class, VaadinIcon.KEY.create()));
        addToDrawer(brandBox, nav);

        Span user = new Span(authentication.getPrincipalName().orElse(""));
        user.setId("current-user");
        user.addClassName("current-user");
        Span role = new Span(roles(authentication));
        role.addClassName("current-role");

        Button logout = new Button(getTranslation("nav.logout"), VaadinIcon.SIGN_OUT.create(), click -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");

        Span spacer = new Span();
        HorizontalLayout bar = new HorizontalLayout(new DrawerToggle(), spacer, user, role, new LanguageSwitch(), logout);
        bar.setFlexGrow(1, spacer);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.addClassName("top-bar");
        addToNavbar(bar);
    }

    private String roles(AuthenticationContext authentication) {
        return authentication.getGrantedAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> getTranslation("role." + a.substring("ROLE_".length())))
                .collect(Collectors.joining(" · "));
    }
}
