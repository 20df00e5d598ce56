package com.pingyi.evaluation.application.port.in.account;

import java.util.Objects;

/** Command: the demo round's people, all with this (hashed) password, unless they exist. */
public record EnsureDemoAccounts(String passwordHash) {

    public EnsureDemoAccounts {
        Objects.requireNonNull(passwordHash, "passwordHash");
    }

    @Override
    public String toString() {
        return "EnsureDemoAccounts[****]";
    }
}
