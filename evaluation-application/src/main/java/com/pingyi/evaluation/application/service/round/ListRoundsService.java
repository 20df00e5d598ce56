package com.pingyi.evaluation.application.service.round;

import com.pingyi.evaluation.application.port.in.paging.Page;
import com.pingyi.evaluation.application.port.in.round.ListRounds;
import com.pingyi.evaluation.application.port.in.round.ListRoundsUseCase;
import com.pingyi.evaluation.application.port.out.LoadRoundsPort;
import com.pingyi.evaluation.application.readmodel.RoundSummary;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import org.springframework.transaction.annotation.Transactional;

class ListRoundsService implements ListRoundsUseCase {

    private final LoadRoundsPort loadRounds;

    ListRoundsService(LoadRoundsPort loadRounds) {
        this.loadRounds = loadRounds;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<RoundSummary> listRounds(ListRounds query) {
        return loadRounds.loadRounds(query.page()).map(ListRoundsService::summary);
    }

    private static RoundSummary summary(EvaluationRound round) {
        return new RoundSummary(round.id(), round.year().value(), round.title(), round.status());
    }
}
