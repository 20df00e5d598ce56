package com.pingyi.evaluation.application.port.in.account;

/**
 * Command: somebody tried to sign in with this name, and succeeded or not. The name is what was typed:
 * it may belong to no account.
 */
public record RecordSignIn(String attemptedUsername, boolean succeeded) {

    public RecordSignIn {
        attemptedUsername = attemptedUsername == null ? "" : attemptedUsername;
    }
}
