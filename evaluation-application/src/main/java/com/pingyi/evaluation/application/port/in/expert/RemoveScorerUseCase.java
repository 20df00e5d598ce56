package com.pingyi.evaluation.application.port.in.expert;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.readmodel.RoundState;
import jakarta.annotation.security.RolesAllowed;

/** Removes a scorer who has recorded no score, while the round is DRAFT or OPEN. */
public interface RemoveScorerUseCase {

    @RolesAllowed(Roles.ADMIN)
    RoundState removeScorer(RemoveScorer command);
}
