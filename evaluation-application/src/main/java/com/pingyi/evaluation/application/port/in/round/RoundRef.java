package com.pingyi.evaluation.application.port.in.round;

import com.pingyi.evaluation.domain.round.RoundId;
import java.util.Objects;

/**
 * The round a command changes, and the version the user saw. A command on an older version is
 * refused as a concurrent change, so that nobody overwrites a change they have not seen.
 */
public record RoundRef(RoundId id, long version) {

    public RoundRef {
        Objects.requireNonNull(id, "id");
    }
}
