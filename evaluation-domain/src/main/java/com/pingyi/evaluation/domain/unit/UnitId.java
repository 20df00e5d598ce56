package com.pingyi.evaluation.domain.unit;

import com.pingyi.evaluation.domain.shared.DomainException;
import java.util.UUID;

/** Identity of an evaluated unit; stable across rounds and years. */
public record UnitId(UUID value) {

    public UnitId {
        if (value == null) {
            throw new DomainException("unit.id.required");
        }
    }

    public static UnitId newId() {
        return new UnitId(UUID.randomUUID());
    }

    public static UnitId of(String text) {
        try {
            return new UnitId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DomainException("unit.id.malformed", String.valueOf(text));
        }
    }

    /** A deterministic id derived from a name (used by the demo and synthetic rounds). */
    public static UnitId named(String name) {
        return new UnitId(UUID.nameUUIDFromBytes(("unit:" + name).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
