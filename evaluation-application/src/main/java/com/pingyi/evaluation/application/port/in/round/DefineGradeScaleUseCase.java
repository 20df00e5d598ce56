package com.pingyi.evaluation.application.port.in.round;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.readmodel.RoundState;
import jakarta.annotation.security.RolesAllowed;

/** Sets the grade bands of a round in DRAFT (checked contiguous over 0..100). */
public interface DefineGradeScaleUseCase {

    @RolesAllowed(Roles.ADMIN)
    RoundState defineGradeScale(DefineGradeScale command);
}
