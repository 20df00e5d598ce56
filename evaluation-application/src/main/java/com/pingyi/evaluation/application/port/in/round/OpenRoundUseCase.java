package com.pingyi.evaluation.application.port.in.round;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.readmodel.RoundState;
import jakarta.annotation.security.RolesAllowed;

/** Opens a round for scoring; its scheme and grade bands freeze. */
public interface OpenRoundUseCase {

    @RolesAllowed(Roles.ADMIN)
    RoundState openRound(OpenRound command);
}
