package com.pingyi.evaluation.domain.round;

import com.pingyi.evaluation.domain.shared.DomainException;
import java.util.UUID;

/** Identity of an evaluation round; other aggregates refer to a round by this id only. */
public record RoundId(UUID value) {

    public RoundId {
        if (value == null) {
            throw new DomainException("round.id.required");
        }
    }

    public static RoundId newId() {
        return new RoundId(UUID.randomUUID());
    }

    public static RoundId of(String text) {
        try {
            return new RoundId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DomainException("round.id.malformed", String.valueOf(text));
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
