package com.pingyi.evaluation.persistence.round;

import com.pingyi.evaluation.domain.round.RoundStatus;
import java.util.UUID;

/** A round's heading and version, read as a Spring Data projection of {@link RoundJpaEntity}. */
record RoundHeaderRow(UUID id, int evaluationYear, String title, RoundStatus status, long version) {
}
