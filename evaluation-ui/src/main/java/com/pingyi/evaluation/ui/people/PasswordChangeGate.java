package com.pingyi.evaluation.ui.people;

import com.pingyi.evaluation.application.port.in.account.GetOwnAccountUseCase;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.ui.login.LoginView;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * A person whose password was set by an admin (a new account, a reset) is taken to the change-password
 * page before any other, on every navigation, until they have chosen their own. Asked of the account
 * once per session, then remembered in the session until the change.
 */
@Component
public class PasswordChangeGate implements VaadinServiceInitListener {

    private static final String MUST_CHANGE = PasswordChangeGate.class.getName() + ".mustChange";

    private final GetOwnAccountUseCase getOwnAccount;

    PasswordChangeGate(GetOwnAccountUseCase getOwnAccount) {
        this.getOwnAccount = getOwnAccount;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == ChangePasswordView.class || target == LoginView.class || !signedIn()) {
            return;
        }
        VaadinSession session = VaadinSession.getCurrent();
        Boolean mustChange = session == null ? null : (Boolean) session.getAttribute(MUST_CHANGE);
        if (mustChange == null) {
            mustChange = ask();
            if (session != null) {
                session.setAttribute(MUST_CHANGE, mustChange);
            }
        }
        if (mustChange) {
            event.rerouteTo(ChangePasswordView.class);
        }
    }

    private boolean ask() {
        try {
            return getOwnAccount.getOwnAccount().mustChangePassword();
        } catch (DomainException | AccessDeniedException noAccountOfItsOwn) {
            // Not a stored person (a test's signed-in name, the application itself): nothing to change.
            return false;
        }
    }

    private static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated() && !(authentication instanceof AnonymousAuthenticationToken);
    }

    /** Whether the signed-in person was brought here to change their password. */
    static boolean mustChange() {
        VaadinSession session = VaadinSession.getCurrent();
        return session != null && Boolean.TRUE.equals(session.getAttribute(MUST_CHANGE));
    }

    /** The person chose their own password: the gate opens for the rest of the session. */
    static void changed() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(MUST_CHANGE, false);
        }
    }
}
