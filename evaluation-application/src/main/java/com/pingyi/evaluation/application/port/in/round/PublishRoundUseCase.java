package com.pingyi.evaluation.application.port.in.round;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.readmodel.RoundState;
import jakarta.annotation.security.RolesAllowed;

/** Publishes a CLOSED round once the notice's cross-check passes; the round then never changes. */
public interface PublishRoundUseCase {

    @RolesAllowed(Roles.ADMIN)
    RoundState publishRound(PublishRound command);
}
