package com.pingyi.evaluation.application.port.in.round;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.readmodel.RoundState;
import jakarta.annotation.security.RolesAllowed;

/** Withdraws a not-applicable mark: the indicator counts for the unit again. */
public interface MarkApplicableUseCase {

    @RolesAllowed(Roles.ADMIN)
    RoundState markApplicable(MarkApplicable command);
}
