package com.pingyi.evaluation.ui.people;

import com.pingyi.evaluation.application.port.in.account.ChangeUserAccess;
import com.pingyi.evaluation.application.port.in.account.ChangeUserAccessUseCase;
import com.pingyi.evaluation.application.port.in.account.CreateUser;
import com.pingyi.evaluation.application.port.in.account.CreateUserUseCase;
import com.pingyi.evaluation.application.port.in.account.UserRef;
import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.application.port.in.unit.GetUnit;
import com.pingyi.evaluation.application.port.in.unit.GetUnitUseCase;
import com.pingyi.evaluation.application.port.in.unit.ListUnits;
import com.pingyi.evaluation.application.port.in.unit.ListUnitsUseCase;
import com.pingyi.evaluation.application.readmodel.RegisteredUnitView;
import com.pingyi.evaluation.application.readmodel.UserView;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.unit.UnitId;
import com.pingyi.evaluation.domain.user.Role;
import com.pingyi.evaluation.domain.user.Username;
import com.pingyi.evaluation.ui.common.DomainErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Creates an account, or changes its name, roles, unit (unit contacts) and affiliations (experts). The
 * unit is asked for only when the contact role is ticked, the affiliations only with the expert role:
 * what the account may reach follows from them.
 */
class UserDialog extends Dialog {

    /** The roles a person may hold, in the order the form shows them (SYSTEM is the application's own). */
    static final List<Role> PERSON_ROLES = List.of(Role.ADMIN, Role.EXPERT, Role.UNIT_CONTACT, Role.AUDITOR);

    /** What the dialog sends and reads, and what it does after a change. */
    record Commands(CreateUserUseCase create, ChangeUserAccessUseCase change, ListUnitsUseCase listUnits, GetUnitUseCase getUnit,
                    Runnable changed) {
    }

    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    private final ComboBox<RegisteredUnitView> unit = new ComboBox<>();
    private final MultiSelectComboBox<RegisteredUnitView> affiliations = new MultiSelectComboBox<>();

    private UserDialog(UserView shown, Commands commands) {
        setHeaderTitle(shown == null ? getTranslation("users.new") : getTranslation("users.edit.title", shown.username()));
        username.setLabel(getTranslation("users.column.username"));
        username.setId("user-username");
        username.setHelperText(getTranslation("users.username.help"));
        displayName.setLabel(getTranslation("users.column.name"));
        displayName.setId("user-display-name");
        roles.setLabel(getTranslation("users.column.roles"));
        roles.setId("user-roles");
        roles.setItems(PERSON_ROLES);
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        unit.setLabel(getTranslation("users.unit"));
        unit.setId("user-unit");
        unit.setItemLabelGenerator(RegisteredUnitView::name);
        affiliations.setLabel(getTranslation("users.affiliations"));
        affiliations.setId("user-affiliations");
        affiliations.setHelperText(getTranslation("users.affiliations.help"));
        affiliations.setItemLabelGenerator(RegisteredUnitView::name);
        // Lazy: the registry can hold thousands of units; the filter is the user's typing.
        unit.setItems(query -> units(commands, query.getFilter().orElse(""), query.getOffset(), query.getLimit()));
        affiliations.setItems(query -> units(commands, query.getFilter().orElse(""), query.getOffset(), query.getLimit()));
        roles.addValueChangeListener(change -> showUnitFields());

        if (shown != null) {
            username.setValue(shown.username());
            username.setReadOnly(true);
            displayName.setValue(shown.displayName());
            roles.setValue(shown.roles().stream().filter(PERSON_ROLES::contains).collect(Collectors.toSet()));
            if (shown.unit() != null) {
                unit.setValue(commands.getUnit().getUnit(new GetUnit(shown.unit())));
            }
            affiliations.setValue(shown.affiliations().keySet().stream().map(id -> commands.getUnit().getUnit(new GetUnit(id)))
                    .collect(Collectors.toSet()));
        }
        showUnitFields();

        Button save = new Button(getTranslation("users.save"), click -> {
            if (DomainErrors.attempt(this, () -> send(shown, commands))) {
                commands.changed().run();
                close();
            }
        });
        save.setId("save-user");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        FormLayout form = new FormLayout(username, displayName, roles, unit, affiliations);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        getFooter().add(cancel, save);
        setWidth("34rem");
    }

    static UserDialog create(Commands commands) {
        return new UserDialog(null, commands);
    }

    static UserDialog edit(UserView user, Commands commands) {
        return new UserDialog(user, commands);
    }

    private static java.util.stream.Stream<RegisteredUnitView> units(Commands commands, String filter, int offset, int limit) {
        return commands.listUnits().listUnits(new ListUnits(filter, new PageRequest(offset, limit))).items().stream();
    }

    private void showUnitFields() {
        unit.setVisible(roles.getValue().contains(Role.UNIT_CONTACT));
        affiliations.setVisible(roles.getValue().contains(Role.EXPERT));
    }

    /** Sends the form; a hidden field sends nothing, so that a role taken away takes its unit or affiliations along. */
    private void send(UserView shown, Commands commands) {
        Set<Role> chosen = Set.copyOf(roles.getValue());
        UnitId unitId = unit.isVisible() && unit.getValue() != null ? unit.getValue().id() : null;
        Set<UnitId> affiliated = affiliations.isVisible()
                ? affiliations.getValue().stream().map(RegisteredUnitView::id).collect(Collectors.toSet()) : Set.of();
        if (shown == null) {
            Username name = parse(username);
            var issued = commands.create().createUser(new CreateUser(name, displayName.getValue(), chosen, unitId, affiliated));
            new IssuedPasswordDialog(issued).open();
        } else {
            commands.change().changeUserAccess(new ChangeUserAccess(new UserRef(Username.of(shown.username()), shown.version()),
                    displayName.getValue(), chosen, unitId, affiliated));
        }
    }

    /** The username's own rule, shown next to the field as well as in the notification. */
    private Username parse(TextField field) {
        try {
            Username name = Username.of(field.getValue());
            field.setInvalid(false);
            return name;
        } catch (DomainException e) {
            field.setErrorMessage(DomainErrors.message(this, e));
            field.setInvalid(true);
            throw e;
        }
    }
}
