package com.pingyi.evaluation.application.port.in.account;

import com.pingyi.evaluation.application.port.in.Roles;
import jakarta.annotation.security.RolesAllowed;

/**
 * The sign-in filter reports every attempt: each is audited, failures count towards the lockout and a
 * success clears the count. Called by the application itself (SYSTEM), before anybody is signed in.
 */
public interface RecordSignInUseCase {

    enum Outcome { SIGNED_IN, FAILED, LOCKED, UNKNOWN_NAME }

    @RolesAllowed(Roles.SYSTEM)
    Outcome recordSignIn(RecordSignIn command);
}
