package com.pingyi.evaluation.application.readmodel;

import com.pingyi.evaluation.domain.unit.UnitId;
import java.util.Set;

/** A unit of the registry: its identity across years, its name, whom it succeeded, and its version. */
public record RegisteredUnitView(UnitId id, String name, Set<UnitId> predecessors, long version) {

    public RegisteredUnitView {
        predecessors = Set.copyOf(predecessors);
    }
}
