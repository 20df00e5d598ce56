package com.pingyi.evaluation.application.port.in.round;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.readmodel.RoundState;
import jakarta.annotation.security.RolesAllowed;

/** Creates next year's round from an earlier one: scheme, bands, units and open rectification items; no scores. */
public interface CloneRoundUseCase {

    @RolesAllowed(Roles.ADMIN)
    RoundState cloneRound(CloneRound command);
}
