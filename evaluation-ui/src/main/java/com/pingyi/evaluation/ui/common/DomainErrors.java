package com.pingyi.evaluation.ui.common;

import com.pingyi.evaluation.domain.shared.DomainException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** A broken rule, shown in the user's language with the rule's own words; nothing was saved. */
public final class DomainErrors {

    private DomainErrors() {
    }

    public static String message(Component where, DomainException e) {
        return where.getTranslation(e.messageKey(), e.arguments().toArray());
    }

    public static void show(Component where, DomainException e) {
        Notification notification = new Notification(message(where, e), 8000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.open();
    }

    /** Runs a command and shows its broken rule, if any; true when it went through. */
    public static boolean attempt(Component where, Runnable command) {
        try {
            command.run();
            return true;
        } catch (DomainException e) {
            show(where, e);
            return false;
        }
    }
}
