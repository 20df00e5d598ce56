package com.pingyi.evaluation.domain.round;

import com.pingyi.evaluation.domain.shared.DomainException;
import java.util.Objects;

/**
 * One yearly evaluation of a set of units (评议). The aggregate root of a round: everything else
 * of the round refers to it by {@link RoundId}.
 */
public final class EvaluationRound {

    public static final int MAX_TITLE_LENGTH = 200;

    private final RoundId id;
    private final EvaluationYear year;
    private final String title;
    private final RoundStatus status;
    private final long version;

    private EvaluationRound(RoundId id, EvaluationYear year, String title, RoundStatus status, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.year = Objects.requireNonNull(year, "year");
        this.title = validTitle(title);
        this.status = Objects.requireNonNull(status, "status");
        this.version = version;
    }

    /** A new round, in DRAFT. */
    public static EvaluationRound draft(EvaluationYear year, String title) {
        return new EvaluationRound(RoundId.newId(), year, title, RoundStatus.DRAFT, 0);
    }

    /** A round as it was stored; for the persistence mapper only. */
    public static EvaluationRound restore(RoundId id, EvaluationYear year, String title, RoundStatus status, long version) {
        return new EvaluationRound(id, year, title, status, version);
    }

    private static String validTitle(String title) {
        if (title == null || title.isBlank()) {
            throw new DomainException("round.title.required");
        }
        String trimmed = title.strip();
        if (trimmed.length() > MAX_TITLE_LENGTH) {
            throw new DomainException("round.title.too-long", trimmed.length(), MAX_TITLE_LENGTH);
        }
        return trimmed;
    }

    public RoundId id() {
        return id;
    }

    public EvaluationYear year() {
        return year;
    }

    public String title() {
        return title;
    }

    public RoundStatus status() {
        return status;
    }

    /** Optimistic-locking version as stored; 0 for a round never saved. */
    public long version() {
        return version;
    }
}
