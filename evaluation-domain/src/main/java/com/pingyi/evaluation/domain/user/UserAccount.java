package com.pingyi.evaluation.domain.user;

import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.shared.Texts;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A person (or the application itself) who signs in. The password is held only as a hash made
 * outside the domain; the domain never sees a password in clear, except as a {@link NewPassword}
 * checked for strength before it is hashed.
 *
 * <p>What a person may reach follows from the account: a UNIT_CONTACT belongs to exactly one unit
 * (whose self-inspection they enter and whose published result they read); an EXPERT carries the
 * units they are affiliated with, which drive the conflict-of-interest rule in every round. Rules
 * {@code AUnitContactBelongsToOneUnit} and {@code OnlyExpertsCarryAffiliations}.
 *
 * <p>Immutable: every change returns the changed account, which the caller saves.
 */
public final class UserAccount {

    private static final int DISPLAY_NAME_MAX = 100;

    private final UserId id;
    private final Username username;
    private final String displayName;
    private final String passwordHash;
    private final Set<Role> roles;
    private final UnitId unit;
    private final Set<UnitId> affiliations;
    private final boolean enabled;
    private final boolean mustChangePassword;
    private final int failedSignIns;
    private final Instant lockedUntil;
    private final long version;

    private UserAccount(UserId id, Username username, String displayName, String passwordHash, Set<Role> roles, UnitId unit,
                        Set<UnitId> affiliations, boolean enabled, boolean mustChangePassword, int failedSignIns,
                        Instant lockedUntil, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.username = Objects.requireNonNull(username, "username");
        if (passwordHash == null || passwordHash.isBlank()) {
            throw new DomainException("user.password-hash.required", username);
        }
        if (roles == null || roles.isEmpty()) {
            throw new DomainException("user.roles.required", username);
        }
        Set<Role> held = EnumSet.copyOf(roles);
        Set<UnitId> affiliated = affiliations == null ? Set.of() : Set.copyOf(affiliations);
        if (held.contains(Role.UNIT_CONTACT) && unit == null) {
            throw new DomainException("user.contact-needs-unit", username);
        }
        if (!held.contains(Role.UNIT_CONTACT) && unit != null) {
            throw new DomainException("user.unit-without-contact-role", username);
        }
        if (!held.contains(Role.EXPERT) && !affiliated.isEmpty()) {
            throw new DomainException("user.affiliations-without-expert-role", username);
        }
        if (failedSignIns < 0) {
            throw new DomainException("user.failed-sign-ins.negative", username, failedSignIns);
        }
        this.displayName = displayName == null || displayName.isBlank() ? username.value()
                : Texts.required(displayName, "user.display-name.required", DISPLAY_NAME_MAX);
        this.passwordHash = passwordHash;
        this.roles = Set.copyOf(held);
        this.unit = unit;
        this.affiliations = affiliated;
        this.enabled = enabled;
        this.mustChangePassword = mustChangePassword;
        this.failedSignIns = failedSignIns;
        this.lockedUntil = lockedUntil;
        this.version = version;
    }

    /** A new, enabled account whose password its owner chose (the administrator's first account). */
    public static UserAccount register(Username username, String passwordHash, Set<Role> roles) {
        return new UserAccount(UserId.newId(), username, null, passwordHash, roles, null, Set.of(), true, false, 0, null, 0);
    }

    /**
     * A new, enabled account created by an administrator with a temporary password: its owner must
     * choose their own at the first sign-in.
     */
    public static UserAccount create(Username username, String displayName, String temporaryPasswordHash, Set<Role> roles,
                                     UnitId unit, Set<UnitId> affiliations) {
        return new UserAccount(UserId.newId(), username, displayName, temporaryPasswordHash, roles, unit, affiliations, true, true,
                0, null, 0);
    }

    /** An account as it was stored; for the persistence mapper only. */
    public static UserAccount restore(UserId id, Username username, String displayName, String passwordHash, Set<Role> roles,
                                      UnitId unit, Set<UnitId> affiliations, boolean enabled, boolean mustChangePassword,
                                      int failedSignIns, Instant lockedUntil, long version) {
        return new UserAccount(id, username, displayName, passwordHash, roles, unit, affiliations, enabled, mustChangePassword,
                failedSignIns, lockedUntil, version);
    }

    /** An account as it was stored before accounts had units and sign-in state. */
    public static UserAccount restore(UserId id, Username username, String passwordHash, Set<Role> roles, boolean enabled, long version) {
        return new UserAccount(id, username, null, passwordHash, roles, null, Set.of(), enabled, false, 0, null, version);
    }

    /** The same person with these roles, unit (contacts only), affiliations (experts only) and name. */
    public UserAccount withAccess(String newDisplayName, Set<Role> newRoles, UnitId newUnit, Set<UnitId> newAffiliations) {
        return new UserAccount(id, username, newDisplayName, passwordHash, newRoles, newUnit, newAffiliations, enabled,
                mustChangePassword, failedSignIns, lockedUntil, version);
    }

    /** Enabled or disabled; a disabled account cannot sign in, and its history stays. */
    public UserAccount withEnabled(boolean newEnabled) {
        return new UserAccount(id, username, displayName, passwordHash, roles, unit, affiliations, newEnabled, mustChangePassword,
                failedSignIns, lockedUntil, version);
    }

    /** An administrator's reset: a temporary password to be changed at the next sign-in; any lock is lifted. */
    public UserAccount passwordReset(String temporaryPasswordHash) {
        return new UserAccount(id, username, displayName, temporaryPasswordHash, roles, unit, affiliations, enabled, true, 0, null,
                version);
    }

    /** The owner chose a new password: nothing more to change. */
    public UserAccount passwordChanged(String newPasswordHash) {
        return new UserAccount(id, username, displayName, newPasswordHash, roles, unit, affiliations, enabled, false,
                failedSignIns, lockedUntil, version);
    }

    /**
     * One more failed sign-in; the failure that reaches the policy's limit locks the account until
     * {@code now + lockout} and starts the count afresh. Failures while locked change nothing.
     */
    public UserAccount signInFailed(Instant now, SignInPolicy policy) {
        if (isLocked(now)) {
            return this;
        }
        int failures = failedSignIns + 1;
        if (failures >= policy.maxFailures()) {
            return withSignInState(0, now.plus(policy.lockout()));
        }
        return withSignInState(failures, null);
    }

    /** A successful sign-in clears the count of failures. */
    public UserAccount signedIn() {
        return failedSignIns == 0 && lockedUntil == null ? this : withSignInState(0, null);
    }

    private UserAccount withSignInState(int failures, Instant until) {
        return new UserAccount(id, username, displayName, passwordHash, roles, unit, affiliations, enabled, mustChangePassword,
                failures, until, version);
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public UserId id() {
        return id;
    }

    public Username username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean holds(Role role) {
        return roles.contains(role);
    }

    /** The unit of a UNIT_CONTACT. */
    public Optional<UnitId> unit() {
        return Optional.ofNullable(unit);
    }

    /** The units an EXPERT is affiliated with and may never score. */
    public Set<UnitId> affiliations() {
        return affiliations;
    }

    public boolean enabled() {
        return enabled;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public int failedSignIns() {
        return failedSignIns;
    }

    public Optional<Instant> lockedUntil() {
        return Optional.ofNullable(lockedUntil);
    }

    public long version() {
        return version;
    }
}
