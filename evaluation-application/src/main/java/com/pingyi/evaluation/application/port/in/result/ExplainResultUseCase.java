package com.pingyi.evaluation.application.port.in.result;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.readmodel.UnitExplanation;
import jakarta.annotation.security.RolesAllowed;

/** A unit's result with every step of the pipeline and its figures, in the order they were applied. */
public interface ExplainResultUseCase {

    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    UnitExplanation explainResult(ExplainResult query);
}
