package com.pingyi.evaluation.application.port.in.account;

import com.pingyi.evaluation.domain.unit.UnitId;
import com.pingyi.evaluation.domain.user.Role;
import java.util.Objects;
import java.util.Set;

/** Command: an account's name, roles, unit (unit contacts) and affiliations (experts), all at once. */
public record ChangeUserAccess(UserRef user, String displayName, Set<Role> roles, UnitId unit, Set<UnitId> affiliations) {

    public ChangeUserAccess {
        Objects.requireNonNull(user, "user");
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        affiliations = affiliations == null ? Set.of() : Set.copyOf(affiliations);
    }
}
