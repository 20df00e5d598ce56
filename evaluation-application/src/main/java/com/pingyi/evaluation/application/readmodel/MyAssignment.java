package com.pingyi.evaluation.application.readmodel;

import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.round.RoundStatus;
import com.pingyi.evaluation.domain.scheme.DimensionCode;
import com.pingyi.evaluation.domain.unit.UnitId;

/** One unit x dimension pair assigned to the signed-in expert: {@code scored} of its {@code indicators} carry their score. */
public record MyAssignment(RoundId round, int year, String roundTitle, RoundStatus status, UnitId unit, String unitName,
                           DimensionCode dimension, String dimensionName, int indicators, int scored) {
}
