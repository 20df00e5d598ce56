package com.pingyi.evaluation.application.port.in.round;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.readmodel.RoundState;
import jakarta.annotation.security.RolesAllowed;

/** Gives a round a new title. */
public interface RenameRoundUseCase {

    @RolesAllowed(Roles.ADMIN)
    RoundState renameRound(RenameRound command);
}
