package com.pingyi.evaluation.domain.shared;

/** Checks for the short human texts the domain keeps (names, titles, reasons). */
public final class Texts {

    private Texts() {
    }

    /** The stripped text, or a {@link DomainException} with the key when it is blank or too long. */
    public static String required(String text, String blankKey, int maxLength) {
        if (text == null || text.isBlank()) {
            throw new DomainException(blankKey);
        }
        String stripped = text.strip();
        if (stripped.length() > maxLength) {
            throw new DomainException("text.too-long", stripped.length(), maxLength);
        }
        return stripped;
    }
}
