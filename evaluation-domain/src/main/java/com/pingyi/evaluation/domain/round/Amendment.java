package com.pingyi.evaluation.domain.round;

import com.pingyi.evaluation.domain.shared.Texts;

/** An audited change to a frozen scheme or scale, or a reopening: what changed and why. */
public record Amendment(What what, String reason) {

    public enum What {
        SCHEME,
        GRADE_SCALE,
        REOPENED
    }

    public Amendment {
        reason = Texts.required(reason, "round.reason-required", 1000);
    }
}
