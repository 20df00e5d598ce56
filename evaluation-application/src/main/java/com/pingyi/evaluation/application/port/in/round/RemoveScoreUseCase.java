package com.pingyi.evaluation.application.port.in.round;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.readmodel.RoundState;
import jakarta.annotation.security.RolesAllowed;

/** Removes one scorer's verified score of a unit x indicator; experts and contacts only their own. */
public interface RemoveScoreUseCase {

    @RolesAllowed({Roles.ADMIN, Roles.EXPERT, Roles.UNIT_CONTACT})
    RoundState removeScore(RemoveScore command);
}
