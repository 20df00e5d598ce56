package com.pingyi.evaluation.application.readmodel;

import com.pingyi.evaluation.domain.unit.UnitId;
import java.time.LocalDate;

/**
 * A unit of a round: its place in the registry order (1-based), and when withdrawn, why and since
 * when (a withdrawn unit is not ranked; the notice's cross-check accepts the recorded reason).
 */
public record RoundUnitView(UnitId id, String name, int position, String withdrawalReason, LocalDate withdrawnOn) {

    public boolean withdrawn() {
        return withdrawalReason != null;
    }
}
