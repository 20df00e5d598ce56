package com.pingyi.evaluation.application.readmodel;

import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.round.RoundStatus;

/** A round after a change: what the screen shows of it, and the version to send with the next command. */
public record RoundState(RoundId id, int year, String title, RoundStatus status, long version) {
}
