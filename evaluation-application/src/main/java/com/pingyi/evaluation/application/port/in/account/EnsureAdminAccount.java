package com.pingyi.evaluation.application.port.in.account;

import com.pingyi.evaluation.domain.user.Username;
import java.util.Objects;

/**
 * Command: create the administrator account unless it exists. The password arrives hashed; the
 * application never handles a password in clear.
 */
public record EnsureAdminAccount(Username username, String passwordHash) {

    public EnsureAdminAccount {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(passwordHash, "passwordHash");
    }

    @Override
    public String toString() {
        return "EnsureAdminAccount[username=" + username + "]";
    }
}
