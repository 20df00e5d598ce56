package com.pingyi.evaluation.domain.finding;

/** How a statistic compares a measured value with its reference value. */
public enum Comparison {
    EQUAL,
    AT_LEAST,
    AT_MOST,
    ABOVE,
    BELOW;

    boolean holds(int compareResult) {
        return switch (this) {
            case EQUAL -> compareResult == 0;
            case AT_LEAST -> compareResult >= 0;
            case AT_MOST -> compareResult <= 0;
            case ABOVE -> compareResult > 0;
            case BELOW -> compareResult < 0;
        };
    }
}
