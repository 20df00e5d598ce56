package com.pingyi.evaluation.application.readmodel;

import com.pingyi.evaluation.domain.unit.UnitId;
import com.pingyi.evaluation.domain.user.Role;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * An account as the users view shows it: never its password hash. {@code unitName} and the
 * affiliations' names come from the unit registry; {@code lockedUntil} is null when not locked.
 */
public record UserView(String username, String displayName, Set<Role> roles, UnitId unit, String unitName,
                       Map<UnitId, String> affiliations, boolean enabled, boolean mustChangePassword, Instant lockedUntil,
                       long version) {

    public UserView {
        roles = Set.copyOf(roles);
        affiliations = Map.copyOf(affiliations);
    }
}
