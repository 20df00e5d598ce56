package com.pingyi.evaluation.application.port.in.account;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.readmodel.IssuedPassword;
import jakarta.annotation.security.RolesAllowed;

/** An admin resets a password; the answer carries the temporary one, shown once. */
public interface ResetPasswordUseCase {

    @RolesAllowed(Roles.ADMIN)
    IssuedPassword resetPassword(ResetPassword command);
}
