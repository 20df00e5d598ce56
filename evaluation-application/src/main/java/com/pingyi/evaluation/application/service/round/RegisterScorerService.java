package com.pingyi.evaluation.application.service.round;

import com.pingyi.evaluation.application.port.in.round.RegisterScorer;
import com.pingyi.evaluation.application.port.in.round.RegisterScorerUseCase;
import com.pingyi.evaluation.application.readmodel.RoundState;
import com.pingyi.evaluation.application.service.audit.Snapshots;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.score.Scorer;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.unit.EvaluatedUnit;
import com.pingyi.evaluation.domain.unit.UnitId;
import com.pingyi.evaluation.domain.user.UserAccount;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.transaction.annotation.Transactional;

class RegisterScorerService implements RegisterScorerUseCase {

    static final String USE_CASE = "RegisterScorer";

    private final RoundChanges changes;

    RegisterScorerService(RoundChanges changes) {
        this.changes = changes;
    }

    @Override
    @Transactional
    public RoundState registerScorer(RegisterScorer command) {
        Scorer scorer = fromAccount(command.scorer());
        return RoundChanges.state(changes.change(command.round(), USE_CASE,
                r -> Snapshots.scorer(r, scorer.id()), r -> r.registerScorer(withinRound(r, scorer))));
    }

    /**
     * A scorer whose id is a person's username is that person: an expert takes their account's
     * affiliations (beside any given here), so that the conflict-of-interest rule follows the account;
     * a contact must be registered for the unit their account belongs to.
     */
    private Scorer fromAccount(Scorer scorer) {
        Optional<UserAccount> account = changes.access().account(scorer.id().value());
        if (account.isEmpty()) {
            return scorer;
        }
        if (scorer.isUnitContact()) {
            UnitId unit = scorer.affiliations().iterator().next();
            if (!account.get().unit().map(unit::equals).orElse(false)) {
                throw new DomainException("access.contact-unit-mismatch", scorer.id().value());
            }
            return scorer;
        }
        Set<UnitId> affiliations = new HashSet<>(scorer.affiliations());
        affiliations.addAll(account.get().affiliations());
        return new Scorer(scorer.id(), scorer.name(), scorer.kind(), scorer.assignments(), affiliations);
    }

    /** An account's affiliation with a unit outside this round does not concern the round. */
    private static Scorer withinRound(EvaluationRound round, Scorer scorer) {
        Set<UnitId> units = round.units().stream().map(EvaluatedUnit::id).collect(Collectors.toSet());
        return new Scorer(scorer.id(), scorer.name(), scorer.kind(), scorer.assignments(),
                scorer.affiliations().stream().filter(units::contains).collect(Collectors.toSet()));
    }
}
