package com.pingyi.evaluation.application.port.in.round;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.readmodel.RoundState;
import jakarta.annotation.security.RolesAllowed;

/** Withdraws a unit from a round with the reason, which the notice's cross-check then accepts. */
public interface WithdrawUnitUseCase {

    @RolesAllowed(Roles.ADMIN)
    RoundState withdrawUnit(WithdrawUnit command);
}
