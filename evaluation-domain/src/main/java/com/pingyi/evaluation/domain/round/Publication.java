package com.pingyi.evaluation.domain.round;

import com.pingyi.evaluation.domain.notice.Notice;
import com.pingyi.evaluation.domain.result.RoundResults;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One published version of a round's results and notice. Version 1 is the first publication; each
 * correction is a new version with its reason. Earlier versions stay readable and never change.
 */
public record Publication(int version, LocalDate publishedOn, String correctionReason, RoundResults results,
        Notice notice) {

    public Publication {
        if (version < 1) {
            throw new IllegalArgumentException("version starts at 1");
        }
        Objects.requireNonNull(publishedOn, "publishedOn");
        Objects.requireNonNull(results, "results");
        Objects.requireNonNull(notice, "notice");
    }

    public boolean isCorrection() {
        return version > 1;
    }
}
