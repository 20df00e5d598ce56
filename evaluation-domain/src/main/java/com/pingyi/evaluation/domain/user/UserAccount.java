package com.pingyi.evaluation.domain.user;

import com.pingyi.evaluation.domain.shared.DomainException;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A person (or the application itself) who signs in. The password is held only as a hash made
 * outside the domain; the domain never sees a password in clear.
 */
public final class UserAccount {

    private final UserId id;
    private final Username username;
    private final String passwordHash;
    private final Set<Role> roles;
    private final boolean enabled;
    private final long version;

    private UserAccount(UserId id, Username username, String passwordHash, Set<Role> roles, boolean enabled, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.username = Objects.requireNonNull(username, "username");
        if (passwordHash == null || passwordHash.isBlank()) {
            throw new DomainException("user.password-hash.required", username);
        }
        if (roles == null || roles.isEmpty()) {
            throw new DomainException("user.roles.required", username);
        }
        this.passwordHash = passwordHash;
        this.roles = Set.copyOf(EnumSet.copyOf(roles));
        this.enabled = enabled;
        this.version = version;
    }

    /** A new, enabled account. */
    public static UserAccount register(Username username, String passwordHash, Set<Role> roles) {
        return new UserAccount(UserId.newId(), username, passwordHash, roles, true, 0);
    }

    /** An account as it was stored; for the persistence mapper only. */
    public static UserAccount restore(UserId id, Username username, String passwordHash, Set<Role> roles, boolean enabled, long version) {
        return new UserAccount(id, username, passwordHash, roles, enabled, version);
    }

    public UserId id() {
        return id;
    }

    public Username username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean enabled() {
        return enabled;
    }

    public long version() {
        return version;
    }
}
