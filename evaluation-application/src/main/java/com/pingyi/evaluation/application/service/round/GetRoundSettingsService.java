package com.pingyi.evaluation.application.service.round;

import com.pingyi.evaluation.application.port.in.round.GetRoundSettings;
import com.pingyi.evaluation.application.port.in.round.GetRoundSettingsUseCase;
import com.pingyi.evaluation.application.port.in.round.RoundSettings;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import org.springframework.transaction.annotation.Transactional;

class GetRoundSettingsService implements GetRoundSettingsUseCase {

    private final RoundChanges changes;

    GetRoundSettingsService(RoundChanges changes) {
        this.changes = changes;
    }

    @Override
    @Transactional(readOnly = true)
    public RoundSettings getRoundSettings(GetRoundSettings query) {
        EvaluationRound round = changes.load(query.round());
        return new RoundSettings(round.scheme(), round.scale(), round.noticeSettings());
    }
}
