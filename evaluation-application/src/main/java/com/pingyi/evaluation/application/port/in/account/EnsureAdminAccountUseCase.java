package com.pingyi.evaluation.application.port.in.account;

import com.pingyi.evaluation.application.port.in.Roles;
import jakarta.annotation.security.RolesAllowed;

/** At first start, the application creates its first administrator. */
public interface EnsureAdminAccountUseCase {

    enum Outcome { CREATED, ALREADY_PRESENT }

    @RolesAllowed(Roles.SYSTEM)
    Outcome ensureAdminAccount(EnsureAdminAccount command);
}
