package com.pingyi.evaluation.application.port.in.round;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.readmodel.RoundState;
import jakarta.annotation.security.RolesAllowed;

/** Sets the notice's fixed texts: title, addressee, basis document, issuer and the attachment's subject. */
public interface DefineNoticeSettingsUseCase {

    @RolesAllowed(Roles.ADMIN)
    RoundState defineNoticeSettings(DefineNoticeSettings command);
}
