package com.pingyi.evaluation.application.port.in.round;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.readmodel.RoundState;
import jakarta.annotation.security.RolesAllowed;

/** Closes a round: refused with every missing score listed; otherwise scores lock and the results are stored. */
public interface CloseRoundUseCase {

    @RolesAllowed(Roles.ADMIN)
    RoundState closeRound(CloseRound command);
}
