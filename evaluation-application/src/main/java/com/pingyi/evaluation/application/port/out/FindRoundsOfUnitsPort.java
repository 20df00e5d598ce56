package com.pingyi.evaluation.application.port.out;

import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.util.List;
import java.util.Set;

/** Which rounds enrolled any of the given units (a unit and its predecessors), for its history. */
public interface FindRoundsOfUnitsPort {

    List<RoundId> findRoundsOfUnits(Set<UnitId> units);
}
