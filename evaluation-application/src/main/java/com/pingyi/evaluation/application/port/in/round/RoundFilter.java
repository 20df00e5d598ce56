package com.pingyi.evaluation.application.port.in.round;

import com.pingyi.evaluation.domain.round.RoundStatus;
import java.util.Optional;

/** Which rounds a list shows: one year, one status, both or neither (null = any). */
public record RoundFilter(Integer year, RoundStatus status) {

    public static final RoundFilter ALL = new RoundFilter(null, null);

    public Optional<Integer> onlyYear() {
        return Optional.ofNullable(year);
    }

    public Optional<RoundStatus> onlyStatus() {
        return Optional.ofNullable(status);
    }

    public boolean accepts(int roundYear, RoundStatus roundStatus) {
        return (year == null || year == roundYear) && (status == null || status == roundStatus);
    }
}
