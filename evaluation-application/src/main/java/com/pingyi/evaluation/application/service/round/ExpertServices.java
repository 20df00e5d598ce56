package com.pingyi.evaluation.application.service.round;

import com.pingyi.evaluation.application.port.in.expert.AssignExpertUseCase;
import com.pingyi.evaluation.application.port.in.expert.GetAssignmentMatrixUseCase;
import com.pingyi.evaluation.application.port.in.expert.RemoveScorerUseCase;
import com.pingyi.evaluation.application.port.out.LoadRoundPort;
import com.pingyi.evaluation.application.port.out.SaveRoundPort;
import com.pingyi.evaluation.application.service.access.Access;
import com.pingyi.evaluation.application.service.audit.AuditTrail;

/**
 * The only way to obtain the expert use cases (registering a scorer stays with {@link RoundServices}).
 * Apart from the round factory so that the experts' work adds files instead of editing shared ones; the
 * commands go through the same {@link RoundChanges}: load, version check, domain change, save, audit.
 */
public final class ExpertServices {

    private final RoundChanges changes;

    /** With the caller's rules and the accounts' affiliations: what the app wires. */
    public ExpertServices(LoadRoundPort load, SaveRoundPort save, AuditTrail audit, Access access) {
        this.changes = new RoundChanges(load, save, audit, access);
    }

    /** For tests and tools without people ({@link Access#unrestricted()}). */
    public ExpertServices(LoadRoundPort load, SaveRoundPort save, AuditTrail audit) {
        this(load, save, audit, Access.unrestricted());
    }

    public AssignExpertUseCase assignExpert() {
        return new AssignExpertService(changes);
    }

    public RemoveScorerUseCase removeScorer() {
        return new RemoveScorerService(changes);
    }

    /** A query: the assignment matrix, read through the same loader. */
    public GetAssignmentMatrixUseCase getAssignmentMatrix() {
        return new GetAssignmentMatrixService(changes);
    }
}
