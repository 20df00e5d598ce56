package com.pingyi.evaluation.application.port.in.unit;

import com.pingyi.evaluation.domain.unit.UnitId;
import java.util.Objects;

/** The registered unit a command changes, and the version the user saw. */
public record UnitRef(UnitId id, long version) {

    public UnitRef {
        Objects.requireNonNull(id, "id");
    }
}
