package com.pingyi.evaluation.domain.user;

/** What a person may do in Pingyi. SYSTEM is the application itself at start-up, never a person. */
public enum Role {
    /** Runs rounds: everything. */
    ADMIN,
    /** Scores the unit x dimension pairs assigned to them. */
    EXPERT,
    /** Enters the self-inspection of their own unit. */
    UNIT_CONTACT,
    /** Reads everything, including the audit trail; changes nothing. */
    AUDITOR,
    /** The application's own start-up tasks (admin account, demo data). */
    SYSTEM
}
