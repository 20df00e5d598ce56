package com.pingyi.evaluation.application.port.in.round;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.readmodel.RoundState;
import jakarta.annotation.security.RolesAllowed;

/** Sets how many decimals a score rate is rounded to before banding (DRAFT only; default 2). */
public interface DefineDisplayPrecisionUseCase {

    @RolesAllowed(Roles.ADMIN)
    RoundState defineDisplayPrecision(DefineDisplayPrecision command);
}
