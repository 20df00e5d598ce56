package com.pingyi.evaluation.domain.result;

import com.pingyi.evaluation.domain.grade.GradeBand;
import com.pingyi.evaluation.domain.grade.GradeScale;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The results of all units of a round, ranked. */
public final class RoundResults {

    /** Vetoed last, then rounded rate descending, then registry order. */
    static final Comparator<UnitResult> RANK_ORDER = Comparator.comparing(UnitResult::vetoed)
            .thenComparing(UnitResult::rate, Comparator.reverseOrder())
            .thenComparingInt(UnitResult::registryIndex);

    private final List<UnitResult> inRegistryOrder;
    private final List<UnitResult> ranked;
    private final Map<UnitId, UnitResult> byUnit;
    private final GradeScale scale;
    private final int precision;

    RoundResults(List<UnitResult> inRegistryOrder, GradeScale scale, int precision) {
        this.inRegistryOrder = List.copyOf(inRegistryOrder);
        this.scale = scale;
        this.precision = precision;
        List<UnitResult> sorted = new ArrayList<>(inRegistryOrder);
        sorted.sort(RANK_ORDER);
        assignCompetitionRanks(sorted);
        this.ranked = List.copyOf(sorted);
        this.byUnit = new HashMap<>();
        for (UnitResult r : inRegistryOrder) {
            byUnit.put(r.unitId(), r);
        }
    }

    /** 1, 2, 2, 4 among the units not vetoed; vetoed units continue after them the same way. */
    private static void assignCompetitionRanks(List<UnitResult> sorted) {
        for (int k = 0; k < sorted.size(); k++) {
            UnitResult r = sorted.get(k);
            if (k > 0) {
                UnitResult previous = sorted.get(k - 1);
                if (previous.vetoed() == r.vetoed() && previous.rate().compareTo(r.rate()) == 0) {
                    r.rank(previous.rank());
                    continue;
                }
            }
            r.rank(k + 1);
        }
    }

    public List<UnitResult> inRegistryOrder() {
        return inRegistryOrder;
    }

    /** In rank order; equal ranks in registry order. */
    public List<UnitResult> ranked() {
        return ranked;
    }

    public Optional<UnitResult> find(UnitId unit) {
        return Optional.ofNullable(byUnit.get(unit));
    }

    public UnitResult of(UnitId unit) {
        UnitResult r = byUnit.get(unit);
        if (r == null) {
            throw new DomainException("result.unit-unknown", String.valueOf(unit));
        }
        return r;
    }

    /** The units of a band in rank order (registry order for equal ranks). */
    public List<UnitResult> inBand(GradeBand band) {
        return ranked.stream().filter(r -> r.band().equals(band)).toList();
    }

    public GradeScale scale() {
        return scale;
    }

    public int precision() {
        return precision;
    }

    public int size() {
        return inRegistryOrder.size();
    }
}
