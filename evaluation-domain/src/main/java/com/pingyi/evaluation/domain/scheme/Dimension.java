package com.pingyi.evaluation.domain.scheme;

import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.shared.Texts;
import com.pingyi.evaluation.domain.shared.Weight;
import java.util.List;

/** A weighted focus area (评议重点 / 一级指标) with its indicators, e.g. 政府信息公开. */
public record Dimension(DimensionCode code, String name, Weight weight, List<Indicator> indicators) {

    /** The largest sum of maximum points of a dimension's rated indicators (keeps the exact long arithmetic safe). */
    public static final java.math.BigDecimal LARGEST_RATED_MAX = java.math.BigDecimal.valueOf(50_000);

    public Dimension {
        if (code == null) {
            throw new DomainException("dimension.code.required");
        }
        name = Texts.required(name, "dimension.name.required", 200);
        if (weight == null) {
            throw new DomainException("weight.required");
        }
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        if (indicators.stream().noneMatch(i -> i.kind().rated())) {
            throw new DomainException("scheme.dimension-needs-a-rated-indicator", code.value());
        }
        java.math.BigDecimal ratedMax = indicators.stream().filter(i -> i.kind().rated())
                .map(i -> i.max().value()).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        if (ratedMax.compareTo(LARGEST_RATED_MAX) > 0) {
            throw new DomainException("scheme.dimension-max-too-large", code.value(), ratedMax.toPlainString(),
                    LARGEST_RATED_MAX.toPlainString());
        }
    }
}
