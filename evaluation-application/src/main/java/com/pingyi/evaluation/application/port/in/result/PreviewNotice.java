package com.pingyi.evaluation.application.port.in.result;

import com.pingyi.evaluation.domain.round.RoundId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Query: the notice as it would be published on the given date, figures computed from the data; for a
 * published round, the notice as issued in the given version (null = the latest).
 */
public record PreviewNotice(RoundId round, LocalDate on, Integer version) {

    public PreviewNotice {
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(on, "on");
    }

    public PreviewNotice(RoundId round, LocalDate on) {
        this(round, on, null);
    }
}
