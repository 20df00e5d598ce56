package com.pingyi.evaluation.application.port.in.finding;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.readmodel.RoundState;
import jakarta.annotation.security.RolesAllowed;

/** Turns a PROBLEM finding about a unit into a rectification item (整改) with a due date, carried into the next round. */
public interface RaiseRectificationUseCase {

    @RolesAllowed(Roles.ADMIN)
    RoundState raiseRectification(RaiseRectification command);
}
