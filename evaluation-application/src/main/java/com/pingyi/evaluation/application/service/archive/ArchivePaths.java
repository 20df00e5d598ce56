package com.pingyi.evaluation.application.service.archive;

import com.pingyi.evaluation.domain.shared.DomainException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Reading an archive value by value, each at its JSON path, so that a refusal names the place in the
 * file ({@code $.scores[12].points}) and what is wrong there.
 */
final class ArchivePaths {

    /** A plain decimal string: no exponent, no sign but minus, no spaces; what the archive writes. */
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,18}(\\.[0-9]{1,12})?");

    private ArchivePaths() {
    }

    static DomainException invalid(String path, String detail) {
        return new DomainException("archive.invalid", path, detail);
    }

    /** Runs a domain conversion; a rule it breaks is reported at the path. */
    static <T> T at(String path, Supplier<T> conversion) {
        try {
            return conversion.get();
        } catch (DomainException e) {
            if ("archive.invalid".equals(e.messageKey())) {
                throw e;
            }
            throw invalid(path, e.getMessage());
        } catch (RuntimeException e) {
            throw invalid(path, String.valueOf(e.getMessage()));
        }
    }

    static <T> T required(T value, String path) {
        if (value == null || value instanceof String s && s.isBlank()) {
            throw invalid(path, "required, missing");
        }
        return value;
    }

    static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }

    static BigDecimal decimal(String text, String path) {
        required(text, path);
        if (!DECIMAL.matcher(text).matches()) {
            throw invalid(path, "not a decimal string: " + text);
        }
        return new BigDecimal(text);
    }

    static UUID uuid(String text, String path) {
        required(text, path);
        try {
            UUID id = UUID.fromString(text);
            if (!id.toString().equals(text.toLowerCase(java.util.Locale.ROOT))) {
                throw new IllegalArgumentException();
            }
            return id;
        } catch (IllegalArgumentException e) {
            throw invalid(path, "not an id: " + text);
        }
    }

    static LocalDate date(String text, String path) {
        required(text, path);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw invalid(path, "not a date (yyyy-mm-dd): " + text);
        }
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String text, String path) {
        required(text, path);
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw invalid(path, "unknown value " + text + ", expected one of " + List.of(type.getEnumConstants()));
        }
    }

    static boolean flag(Boolean value, String path) {
        return required(value, path);
    }
}
