package com.pingyi.evaluation.application.port.in.round;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.readmodel.RoundState;
import jakarta.annotation.security.RolesAllowed;

/** Creates a new round, in DRAFT, with the default grade scale of the seed. */
public interface CreateRoundUseCase {

    @RolesAllowed(Roles.ADMIN)
    RoundState createRound(CreateRound command);
}
