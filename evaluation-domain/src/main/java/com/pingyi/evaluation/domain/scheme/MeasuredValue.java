package com.pingyi.evaluation.domain.scheme;

import com.pingyi.evaluation.domain.shared.Decimals;
import com.pingyi.evaluation.domain.shared.DomainException;
import java.math.BigDecimal;

/** A measured value of a MEASURED indicator: a non-negative quantity (e.g. a rate in percent) or a yes/no. */
public sealed interface MeasuredValue {

    static MeasuredValue quantity(String text) {
        return new Quantity(Decimals.parse(text, "measured.malformed"));
    }

    static MeasuredValue yes() {
        return new YesNo(true);
    }

    static MeasuredValue no() {
        return new YesNo(false);
    }

    /** A non-negative quantity, e.g. 100 for a 100% proactive-disclosure rate. */
    record Quantity(BigDecimal value) implements MeasuredValue {
        public Quantity {
            if (value == null) {
                throw new DomainException("measured.required");
            }
            if (value.signum() < 0) {
                throw new DomainException("measured.negative", value.toPlainString());
            }
        }

        @Override
        public String toString() {
            return value.toPlainString();
        }
    }

    /** Yes or no, e.g. "runs a government Weibo account". */
    record YesNo(boolean yes) implements MeasuredValue {
        @Override
        public String toString() {
            return yes ? "yes" : "no";
        }
    }
}
