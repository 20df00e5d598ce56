package com.pingyi.evaluation.domain.finding;

import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.shared.Texts;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A rectification item (整改) raised from a PROBLEM finding about a unit, with a due date. It stays
 * OPEN until checked, and an open item is carried into the next round cloned from this one.
 */
public record RectificationItem(UUID id, RoundId raisedIn, FindingId finding, UnitId unit, String description,
        LocalDate due, Status status, String checkNote) {

    public enum Status {
        OPEN,
        DONE
    }

    public RectificationItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(raisedIn, "raisedIn");
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(unit, "unit");
        description = Texts.required(description, "rectification.description-required", 2000);
        if (due == null) {
            throw new DomainException("rectification.due-date-required");
        }
        Objects.requireNonNull(status, "status");
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    /** The item checked and found rectified. */
    public RectificationItem done(String note) {
        if (!isOpen()) {
            throw new DomainException("rectification.already-done", description);
        }
        return new RectificationItem(id, raisedIn, finding, unit, description, due, Status.DONE,
                Texts.required(note, "rectification.check-note-required", 2000));
    }
}
