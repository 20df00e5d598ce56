package com.pingyi.evaluation.application.readmodel;

import com.pingyi.evaluation.domain.unit.UnitId;
import com.pingyi.evaluation.domain.user.Role;
import java.util.Set;

/** The signed-in person's own account: what the screens need to show them their part. */
public record OwnAccount(String username, String displayName, Set<Role> roles, UnitId unit, String unitName,
                         Set<UnitId> affiliations, boolean mustChangePassword) {

    public OwnAccount {
        roles = Set.copyOf(roles);
        affiliations = Set.copyOf(affiliations);
    }
}
