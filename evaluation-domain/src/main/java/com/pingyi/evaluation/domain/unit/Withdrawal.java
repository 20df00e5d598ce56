package com.pingyi.evaluation.domain.unit;

import com.pingyi.evaluation.domain.shared.Texts;
import java.time.LocalDate;
import java.util.Objects;

/** A unit withdrawn from a round, with the recorded reason; it is then left out of results and the notice. */
public record Withdrawal(UnitId unit, String reason, LocalDate on) {

    public Withdrawal {
        Objects.requireNonNull(unit, "unit");
        reason = Texts.required(reason, "unit.withdrawal.reason-required", 500);
        Objects.requireNonNull(on, "on");
    }
}
