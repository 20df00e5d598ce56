package com.pingyi.evaluation.domain.scheme;

import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.shared.ScoreRate;

/**
 * What an indicator is and how it enters the result. A closed set: to add a kind, add a record to
 * the {@code permits} list; every exhaustive {@code switch} over kinds (the result calculator, the
 * completeness check) then fails to compile until it handles the new kind.
 */
public sealed interface IndicatorKind permits IndicatorKind.Scored, IndicatorKind.Measured, IndicatorKind.Deduction,
        IndicatorKind.Veto, IndicatorKind.Bonus {

    /** Whether the indicator is in its dimension's rate (POINTS and MEASURED only). */
    default boolean rated() {
        return this instanceof Scored || this instanceof Measured;
    }

    /** Whether scorers enter points for it (POINTS and BONUS), aggregated by the indicator's aggregation. */
    default boolean scoredByScorers() {
        return this instanceof Scored || this instanceof Bonus;
    }

    /** The kind's name: POINTS, MEASURED, DEDUCTION, VETO or BONUS. */
    String name();

    static Scored points() {
        return new Scored();
    }

    static Measured measured(MeasuredRule rule) {
        return new Measured(rule);
    }

    static Deduction deduction() {
        return new Deduction();
    }

    static Veto veto() {
        return new Veto();
    }

    static Bonus bonus(ScoreRate threshold) {
        return new Bonus(threshold);
    }

    /** POINTS: a score 0..max entered by scorers. */
    record Scored() implements IndicatorKind {
        @Override
        public String name() {
            return "POINTS";
        }
    }

    /** MEASURED: a measured value turned into points by a rule. */
    record Measured(MeasuredRule rule) implements IndicatorKind {
        public Measured {
            if (rule == null) {
                throw new DomainException("indicator.measured.rule-required");
            }
        }

        @Override
        public String name() {
            return "MEASURED";
        }
    }

    /** DEDUCTION: recorded violations take points off the total, at most the indicator's maximum. */
    record Deduction() implements IndicatorKind {
        @Override
        public String name() {
            return "DEDUCTION";
        }
    }

    /** VETO: pass/fail; a fail puts the unit in the lowest band whatever its rate. */
    record Veto() implements IndicatorKind {
        @Override
        public String name() {
            return "VETO";
        }
    }

    /** BONUS: points added only when the base reaches the threshold (on the 0..100 scale, inclusive). */
    record Bonus(ScoreRate threshold) implements IndicatorKind {
        public Bonus {
            if (threshold == null) {
                throw new DomainException("indicator.bonus.threshold-required");
            }
        }

        @Override
        public String name() {
            return "BONUS";
        }
    }
}
