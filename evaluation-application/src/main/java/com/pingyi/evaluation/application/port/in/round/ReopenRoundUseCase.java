package com.pingyi.evaluation.application.port.in.round;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.readmodel.RoundState;
import jakarta.annotation.security.RolesAllowed;

/** Reopens a CLOSED round for scoring, with the reason; its results snapshot is withdrawn until it closes again. */
public interface ReopenRoundUseCase {

    @RolesAllowed(Roles.ADMIN)
    RoundState reopenRound(ReopenRound command);
}
