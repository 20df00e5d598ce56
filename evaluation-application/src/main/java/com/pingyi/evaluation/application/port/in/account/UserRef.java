package com.pingyi.evaluation.application.port.in.account;

import com.pingyi.evaluation.domain.user.Username;
import java.util.Objects;

/** Which account a command is about, and the version its sender last saw (a stale one is refused). */
public record UserRef(Username username, long version) {

    public UserRef {
        Objects.requireNonNull(username, "username");
    }
}
