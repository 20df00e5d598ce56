package com.pingyi.evaluation.domain.user;

import com.pingyi.evaluation.domain.shared.DomainException;

/**
 * A password somebody chose, checked for strength before it is hashed: rule
 * {@code PasswordsHaveAMinimumStrength}. At least {@value #MIN_LENGTH} characters (at most
 * {@value #MAX_LENGTH}) drawn from at least {@value #MIN_CLASSES} of the four classes: lower-case
 * letters, upper-case letters, digits, and anything else (punctuation, spaces, Chinese characters).
 * Length beats complexity, so the rule asks for both only moderately. The clear text never reaches a
 * log line: {@link #toString()} hides it.
 */
public record NewPassword(String value) {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    public static final int MIN_CLASSES = 3;

    public NewPassword {
        if (value == null || value.isEmpty()) {
            throw new DomainException("user.password.required");
        }
        int length = value.codePointCount(0, value.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH || classes(value) < MIN_CLASSES) {
            throw new DomainException("user.password.too-weak", MIN_LENGTH, MIN_CLASSES, MAX_LENGTH);
        }
    }

    public static NewPassword of(String value) {
        return new NewPassword(value);
    }

    /** How many of the four classes the text draws from. */
    static int classes(String text) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }

    @Override
    public String toString() {
        return "NewPassword[****]";
    }
}
