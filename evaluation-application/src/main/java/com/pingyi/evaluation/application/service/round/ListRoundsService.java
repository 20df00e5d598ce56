package com.pingyi.evaluation.application.service.round;

import com.pingyi.evaluation.application.port.in.paging.Page;
import com.pingyi.evaluation.application.port.in.round.ListRounds;
import com.pingyi.evaluation.application.port.in.round.ListRoundsUseCase;
import com.pingyi.evaluation.application.port.out.LoadRoundSummariesPort;
import com.pingyi.evaluation.application.readmodel.RoundSummary;
import org.springframework.transaction.annotation.Transactional;

class ListRoundsService implements ListRoundsUseCase {

    private final LoadRoundSummariesPort loadRounds;

    ListRoundsService(LoadRoundSummariesPort loadRounds) {
        this.loadRounds = loadRounds;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<RoundSummary> listRounds(ListRounds query) {
        return loadRounds.loadRoundSummaries(query.filter(), query.page());
    }
}
