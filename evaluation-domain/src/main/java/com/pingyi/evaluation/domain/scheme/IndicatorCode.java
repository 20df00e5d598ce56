package com.pingyi.evaluation.domain.scheme;

import com.pingyi.evaluation.domain.shared.DomainException;
import java.util.regex.Pattern;

/** The code of an indicator, unique within a scheme, e.g. {@code GK01}. */
public record IndicatorCode(String value) implements Comparable<IndicatorCode> {

    static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,31}");

    public IndicatorCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new DomainException("code.malformed", String.valueOf(value), FORMAT.pattern());
        }
    }

    public static IndicatorCode of(String value) {
        return new IndicatorCode(value);
    }

    @Override
    public int compareTo(IndicatorCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
