package com.pingyi.evaluation.application.port.in.round;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.readmodel.RoundState;
import jakarta.annotation.security.RolesAllowed;

/** Sets the dimensions, weights and indicators of a round in DRAFT. */
public interface DefineSchemeUseCase {

    @RolesAllowed(Roles.ADMIN)
    RoundState defineScheme(DefineScheme command);
}
