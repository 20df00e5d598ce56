package com.pingyi.evaluation.ui.common;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/** A failure that is not a broken rule (a refused permission, a lost connection): logged in full, told briefly. */
final class ErrorNotice {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorNotice.class);

    private ErrorNotice() {
    }

    static void show(Component where, Throwable failure) {
        LOG.warn("Background work failed", failure);
        String key = failure instanceof AccessDeniedException ? "error.forbidden" : "error.unexpected";
        Notification notification = new Notification(where.getTranslation(key), 8000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.open();
    }
}
