package com.pingyi.evaluation.ui.people;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.port.in.account.ChangeUserAccessUseCase;
import com.pingyi.evaluation.application.port.in.account.CreateUserUseCase;
import com.pingyi.evaluation.application.port.in.account.ListUsers;
import com.pingyi.evaluation.application.port.in.account.ListUsersUseCase;
import com.pingyi.evaluation.application.port.in.account.ResetPassword;
import com.pingyi.evaluation.application.port.in.account.ResetPasswordUseCase;
import com.pingyi.evaluation.application.port.in.account.SetUserEnabled;
import com.pingyi.evaluation.application.port.in.account.SetUserEnabledUseCase;
import com.pingyi.evaluation.application.port.in.account.UserFilter;
import com.pingyi.evaluation.application.port.in.account.UserRef;
import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.application.port.in.unit.GetUnitUseCase;
import com.pingyi.evaluation.application.port.in.unit.ListUnitsUseCase;
import com.pingyi.evaluation.application.readmodel.UserView;
import com.pingyi.evaluation.domain.user.Role;
import com.pingyi.evaluation.domain.user.Username;
import com.pingyi.evaluation.ui.common.DomainErrors;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The accounts, searched and loaded page by page: admins create them, change their roles and unit or
 * affiliations, disable them and reset their passwords; auditors read them. Every change is a use case,
 * which checks and audits it.
 */
@Route("users")
@RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final ListUsersUseCase listUsers;
    private final SetUserEnabledUseCase setUserEnabled;
    private final ResetPasswordUseCase resetPassword;
    private final UserDialog.Commands commands;
    private final TextField search = new TextField();
    private final ComboBox<Role> roleFilter = new ComboBox<>();
    private final Grid<UserView> grid = new Grid<>();

    public UsersView(ListUsersUseCase listUsers, CreateUserUseCase createUser, ChangeUserAccessUseCase changeAccess,
                     SetUserEnabledUseCase setUserEnabled, ResetPasswordUseCase resetPassword, ListUnitsUseCase listUnits,
                     GetUnitUseCase getUnit, AuthenticationContext authentication) {
        this.listUsers = listUsers;
        this.setUserEnabled = setUserEnabled;
        this.resetPassword = resetPassword;
        this.commands = new UserDialog.Commands(createUser, changeAccess, listUnits, getUnit, this::refresh);
        boolean admin = authentication.hasRole(Roles.ADMIN);
        addClassName("page-view");
        setSizeFull();

        search.setId("user-search");
        search.setPlaceholder(getTranslation("users.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> refresh());
        roleFilter.setId("user-role-filter");
        roleFilter.setPlaceholder(getTranslation("users.filter.role"));
        roleFilter.setItems(UserDialog.PERSON_ROLES);
        roleFilter.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        roleFilter.setClearButtonVisible(true);
        roleFilter.addValueChangeListener(change -> refresh());

        Button create = new Button(getTranslation("users.new"), VaadinIcon.PLUS.create(), click -> UserDialog.create(commands).open());
        create.setId("new-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // Auditors read the accounts; the use cases would refuse them anyway.
        create.setVisible(admin);

        grid.setId("users-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(UserView::username).setKey("username").setHeader(getTranslation("users.column.username")).setAutoWidth(true);
        grid.addColumn(UserView::displayName).setKey("name").setHeader(getTranslation("users.column.name")).setAutoWidth(true);
        grid.addColumn(this::roles).setKey("roles").setHeader(getTranslation("users.column.roles")).setAutoWidth(true);
        grid.addColumn(this::units).setKey("units").setHeader(getTranslation("users.column.units")).setFlexGrow(1);
        grid.addComponentColumn(this::state).setKey("state").setHeader(getTranslation("users.column.state")).setAutoWidth(true);
        if (admin) {
            grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        }
        grid.setEmptyStateText(getTranslation("users.empty"));
        refresh();

        Paragraph intro = new Paragraph(getTranslation("users.intro"));
        intro.addClassName("view-intro");
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("users.heading")), create);
        header.setWidthFull();
        header.setJustifyContentMode(JustifyContentMode.BETWEEN);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        add(header, intro, new HorizontalLayout(search, roleFilter), grid);
        setFlexGrow(1, grid);
    }

    /** Lazy: the grid asks for the page it shows of the filtered accounts, never for all of them. */
    private void refresh() {
        UserFilter filter = new UserFilter(search.getValue(), roleFilter.getValue());
        grid.setItems(query -> listUsers.listUsers(new ListUsers(filter, new PageRequest(query.getOffset(), query.getLimit()))).items().stream(),
                query -> (int) listUsers.listUsers(new ListUsers(filter, PageRequest.first(1))).total());
    }

    String roles(UserView user) {
        return user.roles().stream().sorted().map(r -> getTranslation("role." + r.name())).collect(Collectors.joining("、"));
    }

    String units(UserView user) {
        if (user.unitName() != null) {
            return getTranslation("users.unit-of", user.unitName());
        }
        return user.affiliations().isEmpty() ? ""
                : getTranslation("users.affiliated-with", user.affiliations().values().stream().sorted().collect(Collectors.joining("、")));
    }

    private Component state(UserView user) {
        HorizontalLayout badges = new HorizontalLayout();
        badges.setSpacing(false);
        badges.getStyle().set("gap", "0.25rem");
        Stream.of(user.enabled() ? null : badge("users.state.disabled", "error"),
                        user.lockedUntil() == null ? null : badge("users.state.locked", "warning"),
                        user.mustChangePassword() ? badge("users.state.must-change", "contrast") : null,
                        user.enabled() && user.lockedUntil() == null && !user.mustChangePassword() ? badge("users.state.active", "success") : null)
                .filter(java.util.Objects::nonNull).forEach(badges::add);
        return badges;
    }

    private Span badge(String key, String theme) {
        Span badge = new Span(getTranslation(key));
        badge.getElement().getThemeList().add("badge " + theme);
        return badge;
    }

    private Component actions(UserView user) {
        Button edit = small(VaadinIcon.EDIT, "users.edit", "edit-" + user.username(), click -> UserDialog.edit(user, commands).open());
        Button toggle = small(user.enabled() ? VaadinIcon.BAN : VaadinIcon.CHECK, user.enabled() ? "users.disable" : "users.enable",
                (user.enabled() ? "disable-" : "enable-") + user.username(), click -> {
                    if (DomainErrors.attempt(this, () -> setUserEnabled.setUserEnabled(new SetUserEnabled(ref(user), !user.enabled())))) {
                        Notification.show(getTranslation(user.enabled() ? "users.disabled" : "users.enabled", user.username()));
                        refresh();
                    }
                });
        Button reset = small(VaadinIcon.KEY, "users.reset", "reset-" + user.username(), click -> confirmReset(user));
        HorizontalLayout actions = new HorizontalLayout(edit, toggle, reset);
        actions.setSpacing(false);
        return actions;
    }

    private void confirmReset(UserView user) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("users.reset.title", user.username()),
                getTranslation("users.reset.text"), getTranslation("users.reset.confirm"), event -> {
                    DomainErrors.attempt(this, () -> {
                        var issued = resetPassword.resetPassword(new ResetPassword(ref(user)));
                        new IssuedPasswordDialog(issued).open();
                    });
                    refresh();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }

    private static UserRef ref(UserView user) {
        return new UserRef(Username.of(user.username()), user.version());
    }

    private Button small(VaadinIcon icon, String label, String id, com.vaadin.flow.component.ComponentEventListener<
            com.vaadin.flow.component.ClickEvent<Button>> listener) {
        Button button = new Button(icon.create(), listener);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(getTranslation(label));
        button.setTooltipText(getTranslation(label));
        button.setId(id);
        return button;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.page-title");
    }
}
