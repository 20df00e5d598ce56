package com.pingyi.evaluation.domain.finding;

import com.pingyi.evaluation.domain.shared.DomainException;
import java.util.UUID;

/** Identity of a finding. */
public record FindingId(UUID value) {

    public FindingId {
        if (value == null) {
            throw new DomainException("finding.id.required");
        }
    }

    public static FindingId newId() {
        return new FindingId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
