package com.pingyi.evaluation.application.port.in.round;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.readmodel.RoundState;
import jakarta.annotation.security.RolesAllowed;

/** Publishes a correction of a published round as a new version, with its reason; earlier versions stay readable. */
public interface PublishCorrectionUseCase {

    @RolesAllowed(Roles.ADMIN)
    RoundState publishCorrection(PublishCorrection command);
}
