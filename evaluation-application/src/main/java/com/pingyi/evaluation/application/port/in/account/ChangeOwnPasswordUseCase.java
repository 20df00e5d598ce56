package com.pingyi.evaluation.application.port.in.account;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.readmodel.OwnAccount;
import jakarta.annotation.security.RolesAllowed;

/**
 * Every person changes their own password (an auditor too: it changes nothing of what they audit);
 * after an admin's reset this is the first thing they do.
 */
public interface ChangeOwnPasswordUseCase {

    @RolesAllowed({Roles.ADMIN, Roles.EXPERT, Roles.UNIT_CONTACT, Roles.AUDITOR, Roles.PASSWORD_CHANGE_PENDING})
    OwnAccount changeOwnPassword(ChangeOwnPassword command);
}
