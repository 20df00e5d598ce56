package com.pingyi.evaluation.ui.common;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How figures are shown: exact decimals, rounded HALF_UP for display only, never through double. */
public final class Formats {

    private Formats() {
    }

    /** A rate already rounded by the domain, e.g. 92.35 -> "92.35%". */
    public static String percent(BigDecimal rate) {
        return rate == null ? "—" : rate.toPlainString() + "%";
    }

    /** An intermediate figure (12 places) shown at {@code places}, e.g. a dimension rate. */
    public static String decimal(BigDecimal value, int places) {
        return value == null ? "—" : value.setScale(places, RoundingMode.HALF_UP).toPlainString();
    }
}
