package com.pingyi.evaluation.application.port.out;

import com.pingyi.evaluation.application.port.in.paging.Page;
import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.application.readmodel.RegisteredUnitView;
import com.pingyi.evaluation.domain.unit.EvaluatedUnit;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.util.Optional;

/**
 * The registry of units, which outlives any one round: a unit keeps its id from year to year.
 * A save with a version other than the stored one is refused with ConcurrentChangeException.
 */
public interface UnitRegistryPort {

    Optional<RegisteredUnitView> findUnit(UnitId id);

    Optional<RegisteredUnitView> findUnitNamed(String name);

    /** Units whose name contains {@code search} (all when blank), by name. */
    Page<RegisteredUnitView> searchUnits(String search, PageRequest page);

    /** Stores the unit; {@code expectedVersion} is 0 for a new unit. Returns it with its new version. */
    RegisteredUnitView saveUnit(EvaluatedUnit unit, long expectedVersion);
}
