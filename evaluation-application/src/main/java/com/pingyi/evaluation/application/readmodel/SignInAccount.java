package com.pingyi.evaluation.application.readmodel;

import com.pingyi.evaluation.domain.user.Role;
import java.time.Instant;
import java.util.Set;

/**
 * What the sign-in check needs of an account: its name, password hash, roles, whether it may sign in,
 * and until when it is locked after repeated failures (null when it is not).
 */
public record SignInAccount(String username, String passwordHash, Set<Role> roles, boolean enabled, Instant lockedUntil) {

    public SignInAccount {
        roles = Set.copyOf(roles);
    }

    public SignInAccount(String username, String passwordHash, Set<Role> roles, boolean enabled) {
        this(username, passwordHash, roles, enabled, null);
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    @Override
    public String toString() {
        // Never let the hash reach a log line.
        return "SignInAccount[username=" + username + ", roles=" + roles + ", enabled=" + enabled + ", lockedUntil=" + lockedUntil + "]";
    }
}
