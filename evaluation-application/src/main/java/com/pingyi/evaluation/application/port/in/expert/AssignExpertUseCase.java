package com.pingyi.evaluation.application.port.in.expert;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.readmodel.RoundState;
import jakarta.annotation.security.RolesAllowed;

/**
 * Sets the unit x dimension pairs an expert scores, while the round is DRAFT or OPEN. Refused for a unit
 * the expert is affiliated with (conflict of interest) and for taking away a pair they have already scored.
 */
public interface AssignExpertUseCase {

    @RolesAllowed(Roles.ADMIN)
    RoundState assignExpert(AssignExpert command);
}
