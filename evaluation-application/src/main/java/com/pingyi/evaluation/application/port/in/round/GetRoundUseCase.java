package com.pingyi.evaluation.application.port.in.round;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.readmodel.RoundState;
import jakarta.annotation.security.RolesAllowed;

/** A round's year, title, status and current version, e.g. for a view's heading and its next command; whoever sees the rounds list may read it. */
public interface GetRoundUseCase {

    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR, Roles.EXPERT, Roles.UNIT_CONTACT})
    RoundState getRound(GetRound query);
}
