package com.pingyi.evaluation.application.port.in.round;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.readmodel.RoundState;
import jakarta.annotation.security.RolesAllowed;

/** Records a batch of entries all or nothing, refusing the batch with every rejected entry listed;
 * an entry the caller may not write (see RecordScoreUseCase) refuses the whole batch. */
public interface RecordScoresUseCase {

    @RolesAllowed({Roles.ADMIN, Roles.EXPERT, Roles.UNIT_CONTACT})
    RoundState recordScores(RecordScores command);
}
