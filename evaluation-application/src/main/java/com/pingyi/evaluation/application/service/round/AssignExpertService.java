package com.pingyi.evaluation.application.service.round;

import com.pingyi.evaluation.application.port.in.expert.AssignExpert;
import com.pingyi.evaluation.application.port.in.expert.AssignExpertUseCase;
import com.pingyi.evaluation.application.readmodel.RoundState;
import com.pingyi.evaluation.application.service.audit.Snapshots;
import com.pingyi.evaluation.domain.score.Assignment;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.unit.UnitId;
import com.pingyi.evaluation.domain.user.UserAccount;
import java.util.Set;
import org.springframework.transaction.annotation.Transactional;

class AssignExpertService implements AssignExpertUseCase {

    static final String USE_CASE = "AssignExpert";

    private final RoundChanges changes;

    AssignExpertService(RoundChanges changes) {
        this.changes = changes;
    }

    @Override
    @Transactional
    public RoundState assignExpert(AssignExpert command) {
        // The account's affiliations may have grown since the expert was registered: they count all the same.
        Set<UnitId> affiliated = changes.access().account(command.expert().value()).map(UserAccount::affiliations).orElse(Set.of());
        return RoundChanges.state(changes.change(command.round(), USE_CASE, r -> Snapshots.scorer(r, command.expert()), r -> {
            for (Assignment pair : command.pairs()) {
                if (affiliated.contains(pair.unit())) {
                    throw new DomainException("access.assign-affiliated", command.expert().value(), r.unit(pair.unit()).name());
                }
            }
            r.assignScorer(command.expert(), command.pairs());
        }));
    }
}
