package com.pingyi.evaluation.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A dimension weight in percent: greater than 0, at most 100, at most two decimals. */
public record Weight(BigDecimal percent) implements Comparable<Weight> {

    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Weight {
        if (percent == null) {
            throw new DomainException("weight.required");
        }
        if (percent.signum() <= 0 || percent.compareTo(HUNDRED) > 0) {
            throw new DomainException("weight.out-of-range", percent.toPlainString());
        }
        if (percent.stripTrailingZeros().scale() > 2) {
            throw new DomainException("weight.too-many-decimals", percent.toPlainString(), 2);
        }
        percent = percent.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static Weight of(String text) {
        return new Weight(Decimals.parse(text, "weight.malformed"));
    }

    public static Weight of(long percent) {
        return new Weight(BigDecimal.valueOf(percent));
    }

    @Override
    public int compareTo(Weight other) {
        return percent.compareTo(other.percent);
    }

    @Override
    public String toString() {
        return percent.stripTrailingZeros().toPlainString();
    }
}
