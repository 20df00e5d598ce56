package com.pingyi.evaluation.domain.grade;

import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.shared.Texts;
import java.math.BigDecimal;

/**
 * A grade band (档 / 等次) on the score rate in percent, with its bounds and whether each is inclusive,
 * and whether units in it are named in the published notice.
 */
public record GradeBand(String label, BigDecimal lower, boolean lowerInclusive, BigDecimal upper,
        boolean upperInclusive, boolean namedInNotice) {

    public GradeBand {
        label = Texts.required(label, "grade.band.label-required", 50);
        if (lower == null || upper == null) {
            throw new DomainException("grade.band.bounds-required", label);
        }
        int cmp = lower.compareTo(upper);
        if (cmp > 0 || (cmp == 0 && !(lowerInclusive && upperInclusive))) {
            throw new DomainException("grade.band.empty", label, lower.toPlainString(), upper.toPlainString());
        }
    }

    /** [lower, upper): the usual band. */
    public static GradeBand halfOpen(String label, String lower, String upper, boolean named) {
        return new GradeBand(label, new BigDecimal(lower), true, new BigDecimal(upper), false, named);
    }

    /** [lower, upper]: the top band. */
    public static GradeBand closed(String label, String lower, String upper, boolean named) {
        return new GradeBand(label, new BigDecimal(lower), true, new BigDecimal(upper), true, named);
    }

    public boolean contains(BigDecimal rate) {
        int lo = rate.compareTo(lower);
        int hi = rate.compareTo(upper);
        return (lowerInclusive ? lo >= 0 : lo > 0) && (upperInclusive ? hi <= 0 : hi < 0);
    }

    /** E.g. {@code [80, 90)}. */
    public String interval() {
        return (lowerInclusive ? "[" : "(") + lower.stripTrailingZeros().toPlainString() + ", "
                + upper.stripTrailingZeros().toPlainString() + (upperInclusive ? "]" : ")");
    }
}
