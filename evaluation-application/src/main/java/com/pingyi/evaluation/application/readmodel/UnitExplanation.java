package com.pingyi.evaluation.application.readmodel;

import com.pingyi.evaluation.domain.result.ExplanationStep;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.math.BigDecimal;
import java.util.List;

/** "Why this grade?": the unit's figures and the pipeline's steps (the domain's own step records). */
public record UnitExplanation(UnitId unit, String unitName, BigDecimal scoreRate, String band, int rank, boolean vetoed,
                              List<ExplanationStep> steps) {

    public UnitExplanation {
        steps = List.copyOf(steps);
    }
}
