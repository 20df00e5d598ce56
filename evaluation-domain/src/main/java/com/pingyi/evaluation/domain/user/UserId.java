package com.pingyi.evaluation.domain.user;

import com.pingyi.evaluation.domain.shared.DomainException;
import java.util.UUID;

/** Identity of a user account. */
public record UserId(UUID value) {

    public UserId {
        if (value == null) {
            throw new DomainException("user.id.required");
        }
    }

    public static UserId newId() {
        return new UserId(UUID.randomUUID());
    }
}
