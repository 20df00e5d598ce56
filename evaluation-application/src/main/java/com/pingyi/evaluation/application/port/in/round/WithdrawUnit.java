package com.pingyi.evaluation.application.port.in.round;

import com.pingyi.evaluation.domain.unit.UnitId;
import java.time.LocalDate;
import java.util.Objects;

/** Command: withdraws a unit from a round with the reason, which the notice's cross-check then accepts. */
public record WithdrawUnit(RoundRef round, UnitId unit, String reason, LocalDate on) {

    public WithdrawUnit {
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(on, "on");
    }
}
