package com.pingyi.evaluation.application.service.round;

import com.pingyi.evaluation.application.port.in.round.RoundRef;
import com.pingyi.evaluation.application.port.out.LoadRoundPort;
import com.pingyi.evaluation.application.port.out.SaveRoundPort;
import com.pingyi.evaluation.application.readmodel.RoundState;
import com.pingyi.evaluation.application.service.access.Access;
import com.pingyi.evaluation.application.service.access.Viewer;
import com.pingyi.evaluation.application.service.audit.AuditTrail;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.shared.ConcurrentChangeException;
import com.pingyi.evaluation.domain.shared.DomainException;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The one shape of every command on a round: load it, refuse a stale version, let the domain
 * change it, save it, and audit the part that changed, all in the caller's transaction.
 */
final class RoundChanges {

    static final String AGGREGATE = "EvaluationRound";

    private final LoadRoundPort load;
    private final SaveRoundPort save;
    private final AuditTrail audit;
    private final Access access;

    RoundChanges(LoadRoundPort load, SaveRoundPort save, AuditTrail audit, Access access) {
        this.load = load;
        this.save = save;
        this.audit = audit;
        this.access = access;
    }

    /** The caller as the row-level rules of {@link com.pingyi.evaluation.application.service.access.ScoreAccess} see them. */
    Viewer viewer() {
        return access.viewer();
    }

    Access access() {
        return access;
    }

    EvaluationRound load(RoundId id) {
        return load.loadRound(id).orElseThrow(() -> new DomainException("round.not-found", id));
    }

    EvaluationRound change(RoundRef ref, String useCase, Function<EvaluationRound, Map<String, ?>> snapshot,
                           Consumer<EvaluationRound> change) {
        EvaluationRound round = load(ref.id());
        if (round.version() != ref.version()) {
            throw new ConcurrentChangeException(AGGREGATE, ref.id());
        }
        Map<String, ?> before = snapshot.apply(round);
        change.accept(round);
        EvaluationRound saved = save.saveRound(round);
        audit.record(useCase, AGGREGATE, saved.id(), before, snapshot.apply(saved));
        return saved;
    }

    EvaluationRound create(String useCase, Function<EvaluationRound, Map<String, ?>> snapshot, EvaluationRound round) {
        EvaluationRound saved = save.saveRound(round);
        audit.record(useCase, AGGREGATE, saved.id(), null, snapshot.apply(saved));
        return saved;
    }

    static RoundState state(EvaluationRound round) {
        return new RoundState(round.id(), round.year().value(), round.title(), round.status(), round.version());
    }
}
