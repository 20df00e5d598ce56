package com.pingyi.evaluation.ui.scheme;

import com.pingyi.evaluation.domain.scheme.Indicator;

/** One row of the scheme tree: a dimension (indicator null) or one of its indicators. */
record SchemeNode(DimensionDraft dimension, Indicator indicator) {

    boolean isDimension() {
        return indicator == null;
    }
}
