package com.pingyi.evaluation.ui.people;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.ui.login.LoginView;
import com.pingyi.evaluation.ui.security.SessionRenewal;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * A person whose password was set by an admin (a new account, a reset) is taken to the change-password
 * page before any other, on every navigation, until they have chosen their own. The rule itself is the
 * application's: such a session holds only {@link Roles#PASSWORD_CHANGE_PENDING}, which every other use
 * case refuses; this gate only spares them a page of refusals.
 */
@Component
public class PasswordChangeGate implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target != ChangePasswordView.class && target != LoginView.class && mustChange()) {
            event.rerouteTo(ChangePasswordView.class);
        }
    }

    /** Whether the signed-in person still has to replace a password an admin set. */
    static boolean mustChange() {
        return SessionRenewal.passwordChangePending(SecurityContextHolder.getContext().getAuthentication());
    }
}
