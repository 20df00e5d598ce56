package com.pingyi.evaluation.domain.round;

/** The lifecycle of a round: DRAFT -> OPEN -> CLOSED -> PUBLISHED (CLOSED may reopen to OPEN). */
public enum RoundStatus {
    /** Scheme, units and scorers are editable. */
    DRAFT,
    /** Scoring; the scheme and the grade bands are frozen. */
    OPEN,
    /** Scores locked, results computed, findings written. */
    CLOSED,
    /** Frozen; the notice is issued. A correction is a new published version. */
    PUBLISHED
}
