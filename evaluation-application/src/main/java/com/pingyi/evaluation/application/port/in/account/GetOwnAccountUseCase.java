package com.pingyi.evaluation.application.port.in.account;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.readmodel.OwnAccount;
import jakarta.annotation.security.RolesAllowed;

/** The signed-in person's own account: their roles, unit or affiliations, and whether they must change their password. */
public interface GetOwnAccountUseCase {

    @RolesAllowed({Roles.ADMIN, Roles.EXPERT, Roles.UNIT_CONTACT, Roles.AUDITOR, Roles.PASSWORD_CHANGE_PENDING})
    OwnAccount getOwnAccount();
}
