package com.pingyi.evaluation.application.port.in.unit;

import com.pingyi.evaluation.domain.unit.UnitId;
import java.util.Objects;
import java.util.Set;

/** Command: record that a unit succeeded earlier ones (districts merge: 19 -> 17 -> 16 bureaus). */
public record LinkPredecessors(UnitRef unit, Set<UnitId> predecessors) {

    public LinkPredecessors {
        Objects.requireNonNull(unit, "unit");
        predecessors = Set.copyOf(predecessors);
    }
}
