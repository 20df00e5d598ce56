package com.pingyi.evaluation.application.port.out;

import com.pingyi.evaluation.domain.round.RoundId;

/**
 * Figures about a stored round that storage answers without loading it: a national round holds a
 * million scores, and the dashboard asks how far each round in progress is every time it is opened.
 */
public interface RoundFiguresPort {

    /**
     * Scores in and expected, counted exactly as the domain's completeness check counts them
     * ({@code Completeness}): the units not withdrawn; every indicator but DEDUCTION; a cell marked
     * not applicable neither expected nor recorded; POINTS and BONUS recorded once they have the
     * aggregation's minimum count of verified scores, MEASURED once measured, VETO once decided.
     * A round without a scheme or units expects nothing.
     */
    ScoreCount countScores(RoundId round);
}
