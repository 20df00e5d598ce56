package com.pingyi.evaluation.domain.score;

import com.pingyi.evaluation.domain.scheme.IndicatorCode;
import com.pingyi.evaluation.domain.unit.UnitId;

/** One gap found by the completeness check: a unit x indicator with no score, or too few for its aggregation. */
public record MissingScore(UnitId unit, String unitName, IndicatorCode indicator, Problem problem, int recorded,
        int needed) {

    public enum Problem {
        /** Nothing recorded where something is required. */
        MISSING,
        /** Fewer scores than the aggregation needs (e.g. TRIMMED_MEAN with 2). */
        TOO_FEW
    }

    @Override
    public String toString() {
        return unitName + "/" + indicator + ":" + problem + (problem == Problem.TOO_FEW ? "(" + recorded + "<" + needed + ")" : "");
    }
}
