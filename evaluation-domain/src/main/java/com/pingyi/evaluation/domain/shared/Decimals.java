package com.pingyi.evaluation.domain.shared;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** The arithmetic conventions of the domain: exact decimals, intermediate quotients at 12 places. */
public final class Decimals {

    /** Every intermediate quotient carries this many decimal places (domain.md asks for at least 10). */
    public static final int INTERMEDIATE_SCALE = 12;
    /** Rounding of every quotient and of the final score rate. */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    /** Precision for square roots (expert spread). */
    public static final MathContext SQRT_CONTEXT = new MathContext(24, RoundingMode.HALF_UP);
    /** 10^10: from hundredths (scale 2) to the intermediate scale 12. */
    public static final long CENTS_TO_INTERMEDIATE = 10_000_000_000L;

    private Decimals() {
    }

    /** Parses a plain decimal, refusing NaN, infinity and garbage with the given key. */
    public static BigDecimal parse(String text, String malformedKey) {
        if (text == null) {
            throw new DomainException(malformedKey, "null");
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new DomainException(malformedKey, text);
        }
    }

    /** a / b at the intermediate scale, HALF_UP. */
    public static BigDecimal divide(BigDecimal a, BigDecimal b) {
        return a.divide(b, INTERMEDIATE_SCALE, ROUNDING);
    }

    /** A value carried at scale 12 as an unscaled long, as a BigDecimal. */
    public static BigDecimal ofIntermediate(long unscaled) {
        return BigDecimal.valueOf(unscaled, INTERMEDIATE_SCALE);
    }

    /** Rounded HALF_UP division of longs; both non-negative, divisor positive. */
    public static long divideHalfUp(long dividend, long divisor) {
        long q = dividend / divisor;
        long r = dividend % divisor;
        return (2 * r >= divisor) ? q + 1 : q;
    }
}
