package com.pingyi.evaluation.application.port.in.account;

import com.pingyi.evaluation.domain.user.NewPassword;
import java.util.Objects;

/** Command: the signed-in person replaces their password, proving they know the current one. */
public record ChangeOwnPassword(String currentPassword, NewPassword newPassword) {

    public ChangeOwnPassword {
        Objects.requireNonNull(currentPassword, "currentPassword");
        Objects.requireNonNull(newPassword, "newPassword");
    }

    @Override
    public String toString() {
        return "ChangeOwnPassword[****]";
    }
}
