package com.pingyi.evaluation.application.readmodel;

import com.pingyi.evaluation.domain.user.Role;
import java.util.Set;

/** What the sign-in check needs of an account: its name, password hash, roles and whether it may sign in. */
public record SignInAccount(String username, String passwordHash, Set<Role> roles, boolean enabled) {

    public SignInAccount {
        roles = Set.copyOf(roles);
    }

    @Override
    public String toString() {
        // Never let the hash reach a log line.
        return "SignInAccount[username=" + username + ", roles=" + roles + ", enabled=" + enabled + "]";
    }
}
