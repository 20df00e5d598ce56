package com.pingyi.evaluation.application.port.in.round;

import com.pingyi.evaluation.domain.score.ScoreEntry;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** Command: publishes a correction of a published round as a new version, with its reason; earlier versions stay readable. */
public record PublishCorrection(RoundRef round, String reason, LocalDate on, List<ScoreEntry> corrections) {

    public PublishCorrection {
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(on, "on");
        corrections = List.copyOf(corrections);
    }
}
