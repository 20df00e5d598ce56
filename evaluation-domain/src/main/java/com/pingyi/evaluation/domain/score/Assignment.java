package com.pingyi.evaluation.domain.score;

import com.pingyi.evaluation.domain.scheme.DimensionCode;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.util.Objects;

/**
 * One unit x dimension pair an expert is assigned to score: every indicator of that dimension, for
 * that unit. Rule {@code ExpertsScoreOnlyThePairsAssignedToThem}.
 */
public record Assignment(UnitId unit, DimensionCode dimension) {

    public Assignment {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(dimension, "dimension");
    }
}
