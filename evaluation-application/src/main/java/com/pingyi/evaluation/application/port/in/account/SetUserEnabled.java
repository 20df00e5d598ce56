package com.pingyi.evaluation.application.port.in.account;

import java.util.Objects;

/** Command: disable an account (it can no longer sign in; its history stays) or enable it again. */
public record SetUserEnabled(UserRef user, boolean enabled) {

    public SetUserEnabled {
        Objects.requireNonNull(user, "user");
    }
}
