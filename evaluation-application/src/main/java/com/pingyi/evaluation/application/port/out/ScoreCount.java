package com.pingyi.evaluation.application.port.out;

/**
 * How far scoring is in a round: of the {@code expected} unit x indicator cells that need a score
 * (units taking part, indicators that need something, not marked not applicable), how many have
 * all they need ({@code recorded}). {@code expected - recorded} is the length of the missing-score list.
 */
public record ScoreCount(long recorded, long expected) {

    public ScoreCount {
        if (recorded < 0 || expected < recorded) {
            throw new IllegalArgumentException("need 0 <= recorded <= expected, was " + recorded + " of " + expected);
        }
    }
}
