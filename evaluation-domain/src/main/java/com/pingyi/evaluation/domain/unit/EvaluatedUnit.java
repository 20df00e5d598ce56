package com.pingyi.evaluation.domain.unit;

import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.shared.Texts;
import java.util.Set;

/**
 * An organisation being evaluated (被评议单位), e.g. 黄浦区教育局. Its id stays the same across
 * years; {@code predecessors} links it to the units it succeeded (districts merge: 19 -> 17 -> 16).
 */
public record EvaluatedUnit(UnitId id, String name, Set<UnitId> predecessors) {

    public static final int MAX_NAME_LENGTH = 100;

    public EvaluatedUnit {
        if (id == null) {
            throw new DomainException("unit.id.required");
        }
        name = Texts.required(name, "unit.name.required", MAX_NAME_LENGTH);
        predecessors = predecessors == null ? Set.of() : Set.copyOf(predecessors);
        if (predecessors.contains(id)) {
            throw new DomainException("unit.successor.self", name);
        }
    }

    public static EvaluatedUnit of(UnitId id, String name) {
        return new EvaluatedUnit(id, name, Set.of());
    }

    /** A new unit with a fresh id. */
    public static EvaluatedUnit draft(String name) {
        return new EvaluatedUnit(UnitId.newId(), name, Set.of());
    }

    /** This unit, recorded as the successor of the given earlier units (e.g. after a merger). */
    public EvaluatedUnit succeeding(UnitId... earlier) {
        java.util.HashSet<UnitId> all = new java.util.HashSet<>(predecessors);
        all.addAll(java.util.List.of(earlier));
        return new EvaluatedUnit(id, name, all);
    }
}
