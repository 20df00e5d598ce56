package com.pingyi.evaluation.application.port.in.round;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.readmodel.RoundState;
import jakarta.annotation.security.RolesAllowed;

/** Removes one scorer's verified score of a unit x indicator. */
public interface RemoveScoreUseCase {

    @RolesAllowed(Roles.ADMIN)
    RoundState removeScore(RemoveScore command);
}
