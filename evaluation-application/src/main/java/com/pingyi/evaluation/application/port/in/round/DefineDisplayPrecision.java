package com.pingyi.evaluation.application.port.in.round;

import java.util.Objects;

/** Command: sets how many decimals a score rate is rounded to before banding (DRAFT only; default 2). */
public record DefineDisplayPrecision(RoundRef round, int precision) {

    public DefineDisplayPrecision {
        Objects.requireNonNull(round, "round");
    }
}
