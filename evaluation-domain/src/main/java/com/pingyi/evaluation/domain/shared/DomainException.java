package com.pingyi.evaluation.domain.shared;

import java.util.List;

/**
 * A broken business rule. The domain speaks no human language: it names the rule with a message
 * key and hands over the values involved, and the UI renders both in the user's language from the
 * translation files. {@link #getMessage()} gives the key and the values for logs and tests.
 */
public class DomainException extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    public DomainException(String messageKey, Object... arguments) {
        super(messageKey + " " + List.of(arguments));
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    /** The key of the broken rule in the translation files, e.g. {@code round.year.out-of-range}. */
    public String messageKey() {
        return messageKey;
    }

    /** The values the message quotes, in the order of its placeholders. */
    public List<Object> arguments() {
        return arguments;
    }
}
