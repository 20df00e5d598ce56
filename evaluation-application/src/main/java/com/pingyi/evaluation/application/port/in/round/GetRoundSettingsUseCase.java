package com.pingyi.evaluation.application.port.in.round;

import com.pingyi.evaluation.application.port.in.Roles;
import jakarta.annotation.security.RolesAllowed;

/** The scheme and grade bands of a round, for the editors that change them and the auditors who read them. */
public interface GetRoundSettingsUseCase {

    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    RoundSettings getRoundSettings(GetRoundSettings query);
}
