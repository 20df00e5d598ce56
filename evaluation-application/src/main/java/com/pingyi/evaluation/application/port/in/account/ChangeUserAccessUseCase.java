package com.pingyi.evaluation.application.port.in.account;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.readmodel.UserView;
import jakarta.annotation.security.RolesAllowed;

/** An admin assigns an account its roles and its unit or affiliations; an expert's affiliations drive the conflict-of-interest rule. */
public interface ChangeUserAccessUseCase {

    @RolesAllowed(Roles.ADMIN)
    UserView changeUserAccess(ChangeUserAccess command);
}
