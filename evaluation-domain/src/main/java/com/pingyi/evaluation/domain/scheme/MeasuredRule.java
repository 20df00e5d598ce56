package com.pingyi.evaluation.domain.scheme;

import com.pingyi.evaluation.domain.shared.Decimals;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.shared.Points;
import java.math.BigDecimal;

/**
 * How a MEASURED indicator turns its measured value into points. A closed set: to add a rule, add a
 * record to the {@code permits} list and implement {@link #points}; the compiler then shows every
 * switch that must learn it. See docs/extending-the-domain.md.
 */
public sealed interface MeasuredRule permits MeasuredRule.Linear, MeasuredRule.AtLeast, MeasuredRule.AtMost,
        MeasuredRule.YesNoRule {

    /** The points for a value, at the intermediate scale (12 places). */
    BigDecimal points(MeasuredValue value, Points max);

    /** Whether the value is of the type this rule reads (a quantity or a yes/no). */
    boolean accepts(MeasuredValue value);

    /** A short technical name for explanations, e.g. {@code LINEAR(target=100)}. */
    String describe();

    static Linear linear(String target) {
        return new Linear(Decimals.parse(target, "measured.malformed"));
    }

    static AtLeast atLeast(String threshold) {
        return new AtLeast(Decimals.parse(threshold, "measured.malformed"));
    }

    static AtMost atMost(String threshold) {
        return new AtMost(Decimals.parse(threshold, "measured.malformed"));
    }

    static YesNoRule yesNo() {
        return new YesNoRule();
    }

    private static BigDecimal quantity(MeasuredValue value, MeasuredRule rule) {
        if (value instanceof MeasuredValue.Quantity(BigDecimal v)) {
            return v;
        }
        throw new DomainException("measured.wrong-type", String.valueOf(value), rule.describe());
    }

    private static BigDecimal full(Points max) {
        return max.value().setScale(Decimals.INTERMEDIATE_SCALE);
    }

    private static BigDecimal none() {
        return BigDecimal.ZERO.setScale(Decimals.INTERMEDIATE_SCALE);
    }

    /** LINEAR: max x min(value / target, 1). */
    record Linear(BigDecimal target) implements MeasuredRule {
        public Linear {
            if (target == null || target.signum() <= 0) {
                throw new DomainException("measured.rule.target-not-positive", String.valueOf(target));
            }
        }

        @Override
        public BigDecimal points(MeasuredValue value, Points max) {
            BigDecimal v = quantity(value, this);
            if (v.compareTo(target) >= 0) {
                return full(max);
            }
            return Decimals.divide(max.value().multiply(v), target);
        }

        @Override
        public boolean accepts(MeasuredValue value) {
            return value instanceof MeasuredValue.Quantity;
        }

        @Override
        public String describe() {
            return "LINEAR(target=" + target.toPlainString() + ")";
        }
    }

    /** AT_LEAST: max when value >= threshold, else 0. */
    record AtLeast(BigDecimal threshold) implements MeasuredRule {
        public AtLeast {
            if (threshold == null || threshold.signum() < 0) {
                throw new DomainException("measured.rule.threshold-negative", String.valueOf(threshold));
            }
        }

        @Override
        public BigDecimal points(MeasuredValue value, Points max) {
            return quantity(value, this).compareTo(threshold) >= 0 ? full(max) : none();
        }

        @Override
        public boolean accepts(MeasuredValue value) {
            return value instanceof MeasuredValue.Quantity;
        }

        @Override
        public String describe() {
            return "AT_LEAST(" + threshold.toPlainString() + ")";
        }
    }

    /** AT_MOST: max when value <= threshold, else 0 (e.g. an error rate that must be 0). */
    record AtMost(BigDecimal threshold) implements MeasuredRule {
        public AtMost {
            if (threshold == null || threshold.signum() < 0) {
                throw new DomainException("measured.rule.threshold-negative", String.valueOf(threshold));
            }
        }

        @Override
        public BigDecimal points(MeasuredValue value, Points max) {
            return quantity(value, this).compareTo(threshold) <= 0 ? full(max) : none();
        }

        @Override
        public boolean accepts(MeasuredValue value) {
            return value instanceof MeasuredValue.Quantity;
        }

        @Override
        public String describe() {
            return "AT_MOST(" + threshold.toPlainString() + ")";
        }
    }

    /** YES_NO: max for yes, 0 for no. */
    record YesNoRule() implements MeasuredRule {
        @Override
        public BigDecimal points(MeasuredValue value, Points max) {
            if (value instanceof MeasuredValue.YesNo(boolean yes)) {
                return yes ? full(max) : none();
            }
            throw new DomainException("measured.wrong-type", String.valueOf(value), describe());
        }

        @Override
        public boolean accepts(MeasuredValue value) {
            return value instanceof MeasuredValue.YesNo;
        }

        @Override
        public String describe() {
            return "YES_NO";
        }
    }
}
