package com.pingyi.evaluation.application.port.in.finding;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.readmodel.RoundState;
import jakarta.annotation.security.RolesAllowed;

/** Removes a finding. */
public interface RemoveFindingUseCase {

    @RolesAllowed(Roles.ADMIN)
    RoundState removeFinding(RemoveFinding command);
}
