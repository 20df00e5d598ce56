package com.pingyi.evaluation.application.port.in.round;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.readmodel.RoundState;
import jakarta.annotation.security.RolesAllowed;

/** Records a score, a measured value, a self-inspection claim, a veto outcome, a violation or a not-applicable mark; refused with the rule it breaks.
 * Admins record anything; an expert their own scores on their assigned pairs; a contact their unit's self-inspection. */
public interface RecordScoreUseCase {

    @RolesAllowed({Roles.ADMIN, Roles.EXPERT, Roles.UNIT_CONTACT})
    RoundState recordScore(RecordScore command);
}
