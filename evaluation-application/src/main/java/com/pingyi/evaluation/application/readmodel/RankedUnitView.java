package com.pingyi.evaluation.application.readmodel;

import com.pingyi.evaluation.domain.unit.UnitId;
import java.math.BigDecimal;

/**
 * One unit's line in a round's results: rank (null when unrated), the rounded score rate (null
 * when unrated), the band's label and whether the notice names it, and whether a veto placed it.
 */
public record RankedUnitView(UnitId unitId, String unitName, int registryIndex, Integer rank, BigDecimal scoreRate,
                             String band, boolean named, boolean vetoed) {
}
