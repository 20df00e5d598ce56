package com.pingyi.evaluation.application.port.in.dashboard;

/** Query: the dashboard, listing at most {@code maxInProgress} rounds in progress, newest year first. */
public record GetDashboard(int maxInProgress) {

    public static final int MAX_IN_PROGRESS = 50;

    public GetDashboard {
        if (maxInProgress < 1 || maxInProgress > MAX_IN_PROGRESS) {
            throw new IllegalArgumentException("maxInProgress must be within 1.." + MAX_IN_PROGRESS + ", was " + maxInProgress);
        }
    }
}
