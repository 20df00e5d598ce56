package com.pingyi.evaluation.application.port.in.account;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.readmodel.IssuedPassword;
import jakarta.annotation.security.RolesAllowed;

/** An admin creates a person's account; the answer carries the temporary password, shown once. */
public interface CreateUserUseCase {

    @RolesAllowed(Roles.ADMIN)
    IssuedPassword createUser(CreateUser command);
}
