/** The round aggregate ({@link com.pingyi.evaluation.domain.round.EvaluationRound}): lifecycle DRAFT -> OPEN -> CLOSED -> PUBLISHED, amendments, publications and corrections. */
package com.pingyi.evaluation.domain.round;
