package com.pingyi.evaluation.application.readmodel;

import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.round.RoundStatus;
import com.pingyi.evaluation.domain.shared.ScoreRate;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.util.List;

/** A unit contact's unit and the rounds it takes part in, newest first; a result only where the round is published. */
public record MyUnitRounds(UnitId unit, String unitName, List<Round> rounds) {

    public MyUnitRounds {
        rounds = List.copyOf(rounds);
    }

    /** {@code rate}, {@code band} and {@code rank} are null (0) until the round is published. */
    public record Round(RoundId round, int year, String title, RoundStatus status, ScoreRate rate, String band, int rank,
                       int unitsRanked) {

        public boolean published() {
            return status == RoundStatus.PUBLISHED;
        }
    }
}
