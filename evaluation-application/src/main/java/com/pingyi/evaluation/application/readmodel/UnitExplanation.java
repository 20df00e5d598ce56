package com.pingyi.evaluation.application.readmodel;

import com.pingyi.evaluation.domain.result.ExplanationStep;
import com.pingyi.evaluation.domain.result.SelfInspectionGap;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.math.BigDecimal;
import java.util.List;

/**
 * "Why this grade?": the unit's figures and the pipeline's steps (the domain's own step records),
 * and what the unit claimed in its self-inspection beside what was verified (the domain's gap).
 */
public record UnitExplanation(UnitId unit, String unitName, BigDecimal scoreRate, String band, int rank, boolean vetoed,
                              List<ExplanationStep> steps, SelfInspectionGap selfInspection) {

    public UnitExplanation {
        steps = List.copyOf(steps);
        if (selfInspection == null) {
            selfInspection = new SelfInspectionGap(unit, List.of(), BigDecimal.ZERO);
        }
    }

    /** An explanation with no self-inspection claims to compare. */
    public UnitExplanation(UnitId unit, String unitName, BigDecimal scoreRate, String band, int rank, boolean vetoed,
                           List<ExplanationStep> steps) {
        this(unit, unitName, scoreRate, band, rank, vetoed, steps, null);
    }
}
