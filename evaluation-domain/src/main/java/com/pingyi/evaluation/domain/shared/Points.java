package com.pingyi.evaluation.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Points (得分): a non-negative amount with at most two decimals, always held at scale 2.
 * The only way a score enters the domain.
 */
public record Points(BigDecimal value) implements Comparable<Points> {

    public static final int SCALE = 2;
    public static final Points ZERO = new Points(BigDecimal.ZERO);

    public Points {
        if (value == null) {
            throw new DomainException("points.required");
        }
        if (value.signum() < 0) {
            throw new DomainException("points.negative", value.toPlainString());
        }
        if (value.stripTrailingZeros().scale() > SCALE) {
            throw new DomainException("points.too-many-decimals", value.toPlainString(), SCALE);
        }
        value = value.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    public static Points of(String text) {
        return new Points(Decimals.parse(text, "points.malformed"));
    }

    public static Points of(long whole) {
        return new Points(BigDecimal.valueOf(whole));
    }

    /** From hundredths of a point. */
    public static Points ofCents(long cents) {
        return new Points(BigDecimal.valueOf(cents, SCALE));
    }

    /** Hundredths of a point, exact. */
    public long cents() {
        return value.unscaledValue().longValueExact();
    }

    public boolean isPositive() {
        return value.signum() > 0;
    }

    @Override
    public int compareTo(Points other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.toPlainString();
    }
}
