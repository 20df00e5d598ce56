package com.pingyi.evaluation.application.port.in.finding;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.readmodel.RoundState;
import jakarta.annotation.security.RolesAllowed;

/** Records, in the next round, that a carried rectification item was checked, with a note. */
public interface CheckRectificationUseCase {

    @RolesAllowed(Roles.ADMIN)
    RoundState checkRectification(CheckRectification command);
}
