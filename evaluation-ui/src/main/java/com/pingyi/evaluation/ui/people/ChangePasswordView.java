package com.pingyi.evaluation.ui.people;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.port.in.account.ChangeOwnPassword;
import com.pingyi.evaluation.application.port.in.account.ChangeOwnPasswordUseCase;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.user.NewPassword;
import com.pingyi.evaluation.ui.common.DomainErrors;
import com.pingyi.evaluation.ui.security.SessionRenewal;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Every person changes their own password here; after an admin's reset (or a new account's first
 * sign-in) {@link PasswordChangeGate} brings them here before anything else.
 */
@Route("change-password")
@RolesAllowed({Roles.ADMIN, Roles.EXPERT, Roles.UNIT_CONTACT, Roles.AUDITOR, Roles.PASSWORD_CHANGE_PENDING})
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    public ChangePasswordView(ChangeOwnPasswordUseCase changeOwnPassword, SessionRenewal session) {
        addClassName("page-view");
        PasswordField current = new PasswordField(getTranslation("password.current"));
        current.setId("password-current");
        PasswordField chosen = new PasswordField(getTranslation("password.new"));
        chosen.setId("password-new");
        chosen.setHelperText(getTranslation("password.rule", NewPassword.MIN_LENGTH, NewPassword.MIN_CLASSES));
        PasswordField repeated = new PasswordField(getTranslation("password.repeat"));
        repeated.setId("password-repeat");

        Button save = new Button(getTranslation("password.save"), click -> {
            repeated.setInvalid(false);
            if (!chosen.getValue().equals(repeated.getValue())) {
                repeated.setErrorMessage(getTranslation("password.mismatch"));
                repeated.setInvalid(true);
                return;
            }
            NewPassword next;
            try {
                next = NewPassword.of(chosen.getValue());
                chosen.setInvalid(false);
            } catch (DomainException e) {
                chosen.setErrorMessage(DomainErrors.message(this, e));
                chosen.setInvalid(true);
                return;
            }
            if (DomainErrors.attempt(this, () -> changeOwnPassword.changeOwnPassword(new ChangeOwnPassword(current.getValue(), next)))) {
                // The session held only the right to change the password; now it gets the account's roles,
                // and the shell (drawn for the old session) is drawn again for them.
                boolean wasPending = PasswordChangeGate.mustChange();
                if (wasPending) {
                    session.renew();
                }
                Notification.show(getTranslation("password.changed"), 4000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                UI.getCurrent().navigate("");
                if (wasPending) {
                    UI.getCurrent().getPage().reload();
                }
            }
        });
        save.setId("password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        Paragraph intro = new Paragraph(getTranslation(PasswordChangeGate.mustChange() ? "password.intro.required" : "password.intro"));
        intro.setId("password-intro");
        intro.addClassName("view-intro");
        FormLayout form = new FormLayout(current, chosen, repeated);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("26rem");
        add(new H2(getTranslation("password.heading")), intro, form, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.page-title");
    }
}
