package com.pingyi.evaluation.ui.common;

import com.pingyi.evaluation.domain.shared.DomainException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Work that may take seconds (closing or publishing a national round computes every unit's result)
 * runs off the request thread, so the page keeps answering and shows a progress bar meanwhile. The
 * page polls while the work runs instead of relying on server push, which needs no client set-up.
 * The signed-in user goes with the work: the use cases check permissions on whatever thread runs them.
 */
public final class LongWork {

    private static final Executor WORKERS = Executors.newVirtualThreadPerTaskExecutor();
    private static final int POLL_MILLIS = 300;

    private LongWork() {
    }

    /**
     * Runs {@code work} in the background with {@code progress} shown and {@code busy} disabled; then,
     * back in the UI, hands the result to {@code done} or shows the broken rule.
     */
    public static <T> void run(Component owner, ProgressBar progress, Component busy, Supplier<T> work, Consumer<T> done) {
        UI ui = owner.getUI().orElseThrow(() -> new IllegalStateException("long work needs an attached component"));
        SecurityContext user = SecurityContextHolder.getContext();
        progress.setIndeterminate(true);
        progress.setVisible(true);
        setEnabled(busy, false);
        ui.setPollInterval(POLL_MILLIS);
        CompletableFuture.supplyAsync(() -> asUser(user, work), WORKERS).whenComplete((result, failure) -> ui.access(() -> {
            ui.setPollInterval(-1);
            progress.setVisible(false);
            setEnabled(busy, true);
            Throwable cause = failure != null && failure.getCause() != null ? failure.getCause() : failure;
            if (cause == null) {
                done.accept(result);
            } else if (cause instanceof DomainException broken) {
                DomainErrors.show(owner, broken);
            } else {
                ErrorNotice.show(owner, cause);
            }
        }));
    }

    private static <T> T asUser(SecurityContext user, Supplier<T> work) {
        SecurityContextHolder.setContext(user);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void setEnabled(Component component, boolean enabled) {
        if (component instanceof com.vaadin.flow.component.HasEnabled hasEnabled) {
            hasEnabled.setEnabled(enabled);
        }
    }
}
