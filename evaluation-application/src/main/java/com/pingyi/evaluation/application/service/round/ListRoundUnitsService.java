package com.pingyi.evaluation.application.service.round;

import com.pingyi.evaluation.application.port.in.paging.Page;
import com.pingyi.evaluation.application.port.in.round.ListRoundUnits;
import com.pingyi.evaluation.application.port.in.round.ListRoundUnitsUseCase;
import com.pingyi.evaluation.application.readmodel.RoundUnitView;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.unit.EvaluatedUnit;
import com.pingyi.evaluation.domain.unit.Withdrawal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pages the round's units in memory: the round is loaded whole by the same loader as every command,
 * and even a national round's 3,000 units make a small list next to its scores.
 */
class ListRoundUnitsService implements ListRoundUnitsUseCase {

    private final RoundChanges changes;

    ListRoundUnitsService(RoundChanges changes) {
        this.changes = changes;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<RoundUnitView> listRoundUnits(ListRoundUnits query) {
        EvaluationRound round = changes.load(query.round());
        List<RoundUnitView> matching = new ArrayList<>();
        List<EvaluatedUnit> units = round.units();
        for (int i = 0; i < units.size(); i++) {
            EvaluatedUnit unit = units.get(i);
            if (query.search() == null || unit.name().contains(query.search())) {
                Withdrawal withdrawal = round.withdrawal(unit.id()).orElse(null);
                matching.add(new RoundUnitView(unit.id(), unit.name(), i + 1,
                        withdrawal == null ? null : withdrawal.reason(), withdrawal == null ? null : withdrawal.on()));
            }
        }
        int from = Math.min(query.page().offset(), matching.size());
        int to = Math.min(from + query.page().limit(), matching.size());
        return new Page<>(List.copyOf(matching.subList(from, to)), matching.size());
    }
}
