package com.pingyi.evaluation.application.port.in.unit;

import java.util.Objects;

/** Command: correct or change a unit's name; its identity, and so its history, stays. */
public record RenameUnit(UnitRef unit, String name) {

    public RenameUnit {
        Objects.requireNonNull(unit, "unit");
    }
}
