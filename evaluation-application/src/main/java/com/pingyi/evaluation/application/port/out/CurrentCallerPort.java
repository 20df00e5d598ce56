package com.pingyi.evaluation.application.port.out;

import com.pingyi.evaluation.domain.user.Role;
import java.util.Set;

/**
 * Who is calling a use case, with the roles the sign-in gave them. Method security has already let
 * the caller in by role; the services read this to apply the finer rules (an expert's pairs, a
 * contact's unit) from the caller's account.
 */
public interface CurrentCallerPort {

    Caller currentCaller();

    /** The signed-in name and roles; "anonymous" with no roles when nobody is signed in. */
    record Caller(String username, Set<Role> roles) {

        public Caller {
            roles = Set.copyOf(roles);
        }
    }
}
