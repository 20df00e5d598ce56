package com.pingyi.evaluation.application.port.in.round;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.readmodel.RoundState;
import jakarta.annotation.security.RolesAllowed;

/** Registers an expert or a unit contact as a scorer, with assignments and affiliations (conflict of interest). */
public interface RegisterScorerUseCase {

    @RolesAllowed(Roles.ADMIN)
    RoundState registerScorer(RegisterScorer command);
}
