package com.pingyi.evaluation.domain.scheme;

import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.shared.Points;
import com.pingyi.evaluation.domain.shared.Texts;

/**
 * A scored item inside a dimension (指标): code, name, maximum points (> 0, two decimals), the method
 * that supplies its score of record, its kind, and how several scores are aggregated.
 */
public record Indicator(IndicatorCode code, String name, Points max, EvaluationMethod method, IndicatorKind kind,
        Aggregation aggregation) {

    public static final int MAX_NAME_LENGTH = 200;
    /** The largest maximum an indicator may have; keeps the exact long arithmetic of the pipeline far from overflow. */
    public static final Points LARGEST_MAX = Points.of(10_000);

    public Indicator {
        if (code == null) {
            throw new DomainException("indicator.code.required");
        }
        name = Texts.required(name, "indicator.name.required", MAX_NAME_LENGTH);
        if (max == null || !max.isPositive()) {
            throw new DomainException("indicator.max-must-be-positive", code.value(), String.valueOf(max));
        }
        if (max.compareTo(LARGEST_MAX) > 0) {
            throw new DomainException("indicator.max-too-large", code.value(), max.toString(), LARGEST_MAX.toString());
        }
        if (method == null) {
            throw new DomainException("indicator.method.required", code.value());
        }
        if (kind == null) {
            throw new DomainException("indicator.kind.required", code.value());
        }
        if (aggregation == null) {
            aggregation = Aggregation.MEAN;
        }
    }

    public static Indicator of(String code, String name, String max, EvaluationMethod method, IndicatorKind kind,
            Aggregation aggregation) {
        return new Indicator(IndicatorCode.of(code), name, Points.of(max), method, kind, aggregation);
    }

    /** Refuses points outside 0..max with the named error {@code score.out-of-range}. */
    public void checkInRange(Points points) {
        if (points.compareTo(max) > 0) {
            throw new DomainException("score.out-of-range", code.value(), points.toString(), max.toString());
        }
    }
}
