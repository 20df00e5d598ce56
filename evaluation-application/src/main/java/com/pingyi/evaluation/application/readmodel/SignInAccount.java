package com.pingyi.evaluation.application.readmodel;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.domain.user.Role;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What the sign-in check needs of an account: its name, password hash, roles, whether it may sign in,
 * until when it is locked after repeated failures (null when it is not), and whether its password was
 * set by an admin and must be changed before anything else.
 */
public record SignInAccount(String username, String passwordHash, Set<Role> roles, boolean enabled, Instant lockedUntil,
                            boolean mustChangePassword) {

    public SignInAccount {
        roles = Set.copyOf(roles);
    }

    public SignInAccount(String username, String passwordHash, Set<Role> roles, boolean enabled, Instant lockedUntil) {
        this(username, passwordHash, roles, enabled, lockedUntil, false);
    }

    public SignInAccount(String username, String passwordHash, Set<Role> roles, boolean enabled) {
        this(username, passwordHash, roles, enabled, null, false);
    }

    /**
     * What a signed-in session of this account may do, as the names {@code @RolesAllowed} on the use
     * cases speak: its roles, or, while its password is one an admin set, only
     * {@link Roles#PASSWORD_CHANGE_PENDING}, which admits nothing but changing it. So every use case
     * refuses such a person, whatever door (a view, a forged request, the API) they come through.
     * SYSTEM is the application's own role; no person signs in with it.
     */
    public List<String> authorities() {
        if (mustChangePassword) {
            return List.of(Roles.PASSWORD_CHANGE_PENDING);
        }
        return roles.stream().filter(r -> r != Role.SYSTEM).map(Role::name).sorted().toList();
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    @Override
    public String toString() {
        // Never let the hash reach a log line.
        return "SignInAccount[username=" + username + ", roles=" + roles + ", enabled=" + enabled + ", lockedUntil=" + lockedUntil
                + ", mustChangePassword=" + mustChangePassword + "]";
    }
}
