package com.pingyi.evaluation.application.port.in.account;

import java.util.Objects;

/** Command: give an account a temporary password, to be changed at its next sign-in; any lockout is lifted. */
public record ResetPassword(UserRef user) {

    public ResetPassword {
        Objects.requireNonNull(user, "user");
    }
}
