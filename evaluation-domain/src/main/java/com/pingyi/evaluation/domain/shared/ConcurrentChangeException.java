package com.pingyi.evaluation.domain.shared;

/**
 * Somebody else saved the same object since this copy was read. Nothing was written; the user
 * reloads and applies the change again, so no update is ever silently lost.
 */
public class ConcurrentChangeException extends DomainException {

    public static final String KEY = "conflict.concurrent-change";

    public ConcurrentChangeException(String what, Object id) {
        super(KEY, what, id);
    }
}
