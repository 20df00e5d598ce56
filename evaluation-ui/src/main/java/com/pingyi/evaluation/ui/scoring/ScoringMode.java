package com.pingyi.evaluation.ui.scoring;

import com.pingyi.evaluation.application.port.in.Roles;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * What the signed-in role may enter on a score sheet. The sheet's lines and scores already come
 * filtered by the use case; this only decides which inputs to draw, since the use cases refuse the rest.
 */
enum ScoringMode {
    /** Every input, for any scorer id, and the not-applicable marks. */
    ADMIN,
    /** Their own scores on their pairs: the scorer is fixed to themselves. */
    EXPERT,
    /** Their unit's self-inspection: the claims, and their own scores of self-inspection indicators. */
    CONTACT,
    /** Reads only (auditors). */
    READER;

    static ScoringMode of(AuthenticationContext authentication) {
        if (authentication.hasRole(Roles.ADMIN)) {
            return ADMIN;
        }
        if (authentication.hasRole(Roles.EXPERT)) {
            return EXPERT;
        }
        return authentication.hasRole(Roles.UNIT_CONTACT) ? CONTACT : READER;
    }

    boolean writes() {
        return this != READER;
    }
}
