package com.pingyi.evaluation.domain.scheme;

import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.shared.Texts;
import com.pingyi.evaluation.domain.shared.Weight;
import java.util.List;

/** A weighted focus area (评议重点 / 一级指标) with its indicators, e.g. 政府信息公开. */
public record Dimension(DimensionCode code, String name, Weight weight, List<Indicator> indicators) {

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
    }
}
