package com.pingyi.evaluation.domain.round;

import com.pingyi.evaluation.domain.shared.DomainException;

/** The year a round evaluates (the seed's round evaluates 2019 and was published in 2020). */
public record EvaluationYear(int value) implements Comparable<EvaluationYear> {

    public static final int FIRST = 2000;
    public static final int LAST = 2100;

    public EvaluationYear {
        if (value < FIRST || value > LAST) {
            throw new DomainException("round.year.out-of-range", value, FIRST, LAST);
        }
    }

    public static EvaluationYear of(int value) {
        return new EvaluationYear(value);
    }

    @Override
    public int compareTo(EvaluationYear other) {
        return Integer.compare(value, other.value);
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
