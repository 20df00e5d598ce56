package com.pingyi.evaluation.application.port.in.finding;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.readmodel.RoundState;
import jakarta.annotation.security.RolesAllowed;

/** Adds an achievement, a problem or a requirement, round-wide or about one unit; quoted figures are computed when the notice is rendered. */
public interface AddFindingUseCase {

    @RolesAllowed(Roles.ADMIN)
    RoundState addFinding(AddFinding command);
}
