package com.pingyi.evaluation.application.port.in.account;

import com.pingyi.evaluation.domain.unit.UnitId;
import com.pingyi.evaluation.domain.user.Role;
import com.pingyi.evaluation.domain.user.Username;
import java.util.Objects;
import java.util.Set;

/** Command: a new person's account, with a temporary password to be changed at the first sign-in. */
public record CreateUser(Username username, String displayName, Set<Role> roles, UnitId unit, Set<UnitId> affiliations) {

    public CreateUser {
        Objects.requireNonNull(username, "username");
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        affiliations = affiliations == null ? Set.of() : Set.copyOf(affiliations);
    }
}
