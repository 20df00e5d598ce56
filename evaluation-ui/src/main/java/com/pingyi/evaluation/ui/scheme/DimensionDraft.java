package com.pingyi.evaluation.ui.scheme;

import com.pingyi.evaluation.domain.scheme.Dimension;
import com.pingyi.evaluation.domain.scheme.DimensionCode;
import com.pingyi.evaluation.domain.scheme.Indicator;
import com.pingyi.evaluation.domain.shared.Weight;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A dimension as the editor holds it: mutable, and allowed to be incomplete (no rated indicator
 * yet), because the domain's Dimension refuses that and the admin builds it up step by step.
 */
final class DimensionDraft {

    String code;
    String name;
    BigDecimal weight;
    final List<Indicator> indicators = new ArrayList<>();

    DimensionDraft(String code, String name, BigDecimal weight) {
        this.code = code;
        this.name = name;
        this.weight = weight;
    }

    static DimensionDraft of(Dimension d) {
        DimensionDraft draft = new DimensionDraft(d.code().value(), d.name(), d.weight().percent());
        draft.indicators.addAll(d.indicators());
        return draft;
    }

    Dimension toDimension() {
        return new Dimension(DimensionCode.of(code), name, weight == null ? null : new Weight(weight), indicators);
    }
}
