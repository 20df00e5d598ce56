package com.pingyi.evaluation.application.port.in.round;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.readmodel.RoundState;
import jakarta.annotation.security.RolesAllowed;

/** Sets the expert spread (standard deviation, in points) above which scores are flagged for a second look. */
public interface DefineSpreadLimitUseCase {

    @RolesAllowed(Roles.ADMIN)
    RoundState defineSpreadLimit(DefineSpreadLimit command);
}
