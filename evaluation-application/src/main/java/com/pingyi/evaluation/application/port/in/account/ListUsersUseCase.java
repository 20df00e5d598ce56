package com.pingyi.evaluation.application.port.in.account;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.port.in.paging.Page;
import com.pingyi.evaluation.application.readmodel.UserView;
import jakarta.annotation.security.RolesAllowed;

/** The accounts, page by page: admins manage them, auditors read them. */
public interface ListUsersUseCase {

    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    Page<UserView> listUsers(ListUsers query);
}
