package com.pingyi.evaluation.application.service.access;

import com.pingyi.evaluation.domain.unit.UnitId;
import com.pingyi.evaluation.domain.user.Role;
import java.util.Optional;
import java.util.Set;

/**
 * The caller as the row-level rules see them: their name (which is their scorer id in every round),
 * their roles, and from their account the unit of a contact and the affiliations of an expert.
 */
public record Viewer(String username, Set<Role> roles, Optional<UnitId> unit, Set<UnitId> affiliations) {

    public Viewer {
        roles = Set.copyOf(roles);
        affiliations = Set.copyOf(affiliations);
    }

    /** Runs rounds: every rule of the domain applies, none of these. SYSTEM is the application itself. */
    public boolean runsRounds() {
        return roles.contains(Role.ADMIN) || roles.contains(Role.SYSTEM);
    }

    /** Reads everything (admins, auditors). */
    public boolean readsEverything() {
        return runsRounds() || roles.contains(Role.AUDITOR);
    }

    public boolean isExpert() {
        return roles.contains(Role.EXPERT);
    }

    public boolean isUnitContact() {
        return roles.contains(Role.UNIT_CONTACT) && unit.isPresent();
    }

    public boolean isContactOf(UnitId unitId) {
        return isUnitContact() && unit.get().equals(unitId);
    }
}
