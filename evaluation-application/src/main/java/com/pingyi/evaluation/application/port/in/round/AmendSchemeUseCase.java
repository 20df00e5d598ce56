package com.pingyi.evaluation.application.port.in.round;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.readmodel.RoundState;
import jakarta.annotation.security.RolesAllowed;

/** Changes the scheme of an OPEN round, recorded as an amendment with its reason. */
public interface AmendSchemeUseCase {

    @RolesAllowed(Roles.ADMIN)
    RoundState amendScheme(AmendScheme command);
}
