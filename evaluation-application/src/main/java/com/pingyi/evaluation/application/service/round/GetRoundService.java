package com.pingyi.evaluation.application.service.round;

import com.pingyi.evaluation.application.port.in.round.GetRound;
import com.pingyi.evaluation.application.port.in.round.GetRoundUseCase;
import com.pingyi.evaluation.application.port.out.LoadRoundSummariesPort;
import com.pingyi.evaluation.application.readmodel.RoundState;
import com.pingyi.evaluation.domain.shared.DomainException;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every page of a round asks for its heading first: read from the rounds list, never by loading the
 * round with its scores (seconds for a national round).
 */
class GetRoundService implements GetRoundUseCase {

    private final LoadRoundSummariesPort loadRounds;

    GetRoundService(LoadRoundSummariesPort loadRounds) {
        this.loadRounds = loadRounds;
    }

    @Override
    @Transactional(readOnly = true)
    public RoundState getRound(GetRound query) {
        return loadRounds.loadRoundHeader(query.round())
                .orElseThrow(() -> new DomainException("round.not-found", query.round()));
    }
}
