package com.pingyi.evaluation.application.port.in.account;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.readmodel.UserView;
import jakarta.annotation.security.RolesAllowed;

/** An admin disables or enables an account; nobody disables their own. */
public interface SetUserEnabledUseCase {

    @RolesAllowed(Roles.ADMIN)
    UserView setUserEnabled(SetUserEnabled command);
}
