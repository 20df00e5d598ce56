package com.pingyi.evaluation.application.readmodel;

import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.round.RoundStatus;

/** A round as a line of the rounds list. */
public record RoundSummary(RoundId id, int year, String title, RoundStatus status) {
}
