package com.pingyi.evaluation.application.readmodel;

import com.pingyi.evaluation.domain.finding.FindingId;
import com.pingyi.evaluation.domain.finding.RectificationItem;
import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A rectification item (整改): the unit that answers for it, the PROBLEM finding it was raised from, as
 * rendered in the round that raised it ({@code raisedInYear} and {@code findingText} are null when that round can
 * no longer be read), what is to be put right and by when, and whether it was checked (DONE, with the
 * check's note).
 */
public record RectificationView(UUID id, RoundId raisedIn, Integer raisedInYear, FindingId finding, String findingText,
        UnitId unit, String unitName, String description, LocalDate due, RectificationItem.Status status,
        String checkNote) {

    public boolean open() {
        return status == RectificationItem.Status.OPEN;
    }

    /** Still open after its due date. */
    public boolean overdueOn(LocalDate day) {
        return open() && due.isBefore(day);
    }
}
