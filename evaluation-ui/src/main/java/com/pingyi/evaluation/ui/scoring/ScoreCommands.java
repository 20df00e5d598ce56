package com.pingyi.evaluation.ui.scoring;

import com.pingyi.evaluation.domain.scheme.IndicatorCode;
import com.pingyi.evaluation.domain.score.ScoreEntry;
import com.pingyi.evaluation.domain.score.ScorerId;
import com.vaadin.flow.component.HasValidation;

/**
 * What a line of the score sheet may ask of its view. Each call answers whether the round took it;
 * a refusal has already been shown, next to {@code field} when there is one.
 */
interface ScoreCommands {

    boolean record(ScoreEntry entry, HasValidation field);

    boolean removeScore(IndicatorCode indicator, ScorerId scorer);

    boolean markApplicable(IndicatorCode indicator);

    /** After a score typed in a line went through: the keyboard moves on to the next line. */
    void recordedFrom(IndicatorLine line);
}
