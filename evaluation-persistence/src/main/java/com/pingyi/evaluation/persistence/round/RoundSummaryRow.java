package com.pingyi.evaluation.persistence.round;

import com.pingyi.evaluation.domain.round.RoundStatus;
import java.util.UUID;

/** A line of the rounds list, read as a Spring Data projection of {@link RoundJpaEntity}. */
record RoundSummaryRow(UUID id, int evaluationYear, String title, RoundStatus status) {
}
