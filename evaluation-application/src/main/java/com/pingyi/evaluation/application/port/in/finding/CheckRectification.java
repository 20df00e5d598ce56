package com.pingyi.evaluation.application.port.in.finding;

import com.pingyi.evaluation.application.port.in.round.RoundRef;
import java.util.Objects;
import java.util.UUID;

/** Command: records, in the next round, that a carried rectification item was checked, with a note. */
public record CheckRectification(RoundRef round, UUID item, String note) {

    public CheckRectification {
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(item, "item");
    }
}
