package com.pingyi.evaluation.application.readmodel;

/**
 * A temporary password the application made for an account, to be shown once to the admin who hands
 * it over; it is stored only as a hash and must be changed at the next sign-in.
 */
public record IssuedPassword(UserView user, String temporaryPassword) {

    @Override
    public String toString() {
        return "IssuedPassword[user=" + user.username() + ", ****]";
    }
}
