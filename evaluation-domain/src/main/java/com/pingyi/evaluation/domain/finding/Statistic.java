package com.pingyi.evaluation.domain.finding;

import com.pingyi.evaluation.domain.scheme.IndicatorCode;
import com.pingyi.evaluation.domain.scheme.MeasuredValue;
import com.pingyi.evaluation.domain.score.ScoreBook;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.unit.EvaluatedUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A figure a finding quotes, computed from the data when the notice is rendered, never typed: the
 * number of units whose measured value of an indicator meets a condition, e.g. "proactive-disclosure
 * rate EQUAL 100", "error rate EQUAL 0", "has Weibo EQUAL yes". Units for which the indicator does not
 * apply, or with no value, are not counted.
 */
public record Statistic(IndicatorCode indicator, Comparison comparison, MeasuredValue reference) {

    public Statistic {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(reference, "reference");
        if (reference instanceof MeasuredValue.YesNo && comparison != Comparison.EQUAL) {
            throw new DomainException("statistic.yes-no-needs-equal", indicator.value(), comparison.name());
        }
    }

    public static Statistic countWhere(String indicator, Comparison comparison, MeasuredValue reference) {
        return new Statistic(IndicatorCode.of(indicator), comparison, reference);
    }

    public boolean matches(MeasuredValue value) {
        return switch (reference) {
            case MeasuredValue.YesNo(boolean yes) -> value instanceof MeasuredValue.YesNo(boolean v) && v == yes;
            case MeasuredValue.Quantity(var ref) -> value instanceof MeasuredValue.Quantity(var v)
                    && comparison.holds(v.compareTo(ref));
        };
    }

    /** The number of the given units whose value meets the condition. */
    public int count(ScoreBook book, List<EvaluatedUnit> units) {
        book.scheme().indexOf(indicator);
        int count = 0;
        for (EvaluatedUnit unit : units) {
            if (book.isNotApplicable(unit.id(), indicator)) {
                continue;
            }
            Optional<MeasuredValue> value = book.measured(unit.id(), indicator);
            if (value.isPresent() && matches(value.get())) {
                count++;
            }
        }
        return count;
    }
}
