package com.pingyi.evaluation.domain.result;

import java.math.BigDecimal;
import java.math.BigInteger;

/** An exact non-negative-denominator rational, for the rare figures that sit on a rounding edge. */
record Fraction(BigInteger num, BigInteger den) implements Comparable<Fraction> {

    static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);

    Fraction {
        if (den.signum() < 0) {
            num = num.negate();
            den = den.negate();
        }
        BigInteger g = num.gcd(den);
        if (g.signum() != 0 && !g.equals(BigInteger.ONE)) {
            num = num.divide(g);
            den = den.divide(g);
        }
    }

    static Fraction of(long num, long den) {
        return new Fraction(BigInteger.valueOf(num), BigInteger.valueOf(den));
    }

    static Fraction of(BigDecimal value) {
        return value.scale() >= 0 ? new Fraction(value.unscaledValue(), BigInteger.TEN.pow(value.scale()))
                : new Fraction(value.toBigIntegerExact(), BigInteger.ONE);
    }

    Fraction add(Fraction o) {
        return new Fraction(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
    }

    Fraction subtract(Fraction o) {
        return add(new Fraction(o.num.negate(), o.den));
    }

    Fraction multiply(Fraction o) {
        return new Fraction(num.multiply(o.num), den.multiply(o.den));
    }

    Fraction divide(Fraction o) {
        return new Fraction(num.multiply(o.den), den.multiply(o.num));
    }

    Fraction min(Fraction o) {
        return compareTo(o) <= 0 ? this : o;
    }

    Fraction max(Fraction o) {
        return compareTo(o) >= 0 ? this : o;
    }

    /** Rounded HALF_UP to {@code scale} places, as an unscaled long (the value must be non-negative). */
    long roundHalfUp(int scale) {
        BigInteger scaled = num.multiply(BigInteger.TEN.pow(scale));
        BigInteger[] qr = scaled.divideAndRemainder(den);
        BigInteger q = qr[0];
        if (qr[1].shiftLeft(1).compareTo(den) >= 0) {
            q = q.add(BigInteger.ONE);
        }
        return q.longValueExact();
    }

    @Override
    public int compareTo(Fraction o) {
        return num.multiply(o.den).compareTo(o.num.multiply(den));
    }
}
