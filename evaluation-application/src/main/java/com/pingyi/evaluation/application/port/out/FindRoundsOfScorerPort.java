package com.pingyi.evaluation.application.port.out;

import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.score.ScorerId;
import java.util.List;

/** Which rounds registered this scorer (an expert's username), without loading any round. */
public interface FindRoundsOfScorerPort {

    List<RoundId> findRoundsOfScorer(ScorerId scorer);
}
