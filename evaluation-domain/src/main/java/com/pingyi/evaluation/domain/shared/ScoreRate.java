package com.pingyi.evaluation.domain.shared;

import java.math.BigDecimal;

/** A score rate (得分率) in percent, within 0..100 inclusive. Any scale; the pipeline decides rounding. */
public record ScoreRate(BigDecimal percent) implements Comparable<ScoreRate> {

    public static final ScoreRate ZERO = new ScoreRate(BigDecimal.ZERO);
    public static final ScoreRate HUNDRED = new ScoreRate(BigDecimal.valueOf(100));

    public ScoreRate {
        if (percent == null) {
            throw new DomainException("rate.required");
        }
        if (percent.signum() < 0 || percent.compareTo(Weight.HUNDRED) > 0) {
            throw new DomainException("rate.out-of-range", percent.toPlainString());
        }
    }

    public static ScoreRate of(String text) {
        return new ScoreRate(Decimals.parse(text, "rate.malformed"));
    }

    @Override
    public int compareTo(ScoreRate other) {
        return percent.compareTo(other.percent);
    }

    @Override
    public String toString() {
        return percent.toPlainString() + "%";
    }
}
