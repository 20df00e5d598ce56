package com.pingyi.evaluation.domain.user;

import com.pingyi.evaluation.domain.shared.DomainException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A sign-in name: 3 to 64 of a-z, 0-9, '.', '_' and '-', kept in lower case so that "Admin" and
 * "admin" can never be two accounts.
 */
public record Username(String value) {

    public static final int MIN_LENGTH = 3;
    public static final int MAX_LENGTH = 64;
    private static final Pattern ALLOWED = Pattern.compile("[a-z0-9._-]+");

    public Username {
        if (value == null || value.isBlank()) {
            throw new DomainException("user.username.required");
        }
        value = value.strip().toLowerCase(Locale.ROOT);
        if (value.length() < MIN_LENGTH || value.length() > MAX_LENGTH) {
            throw new DomainException("user.username.length", value, MIN_LENGTH, MAX_LENGTH);
        }
        if (!ALLOWED.matcher(value).matches()) {
            throw new DomainException("user.username.characters", value);
        }
    }

    public static Username of(String value) {
        return new Username(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
