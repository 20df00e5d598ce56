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

/**
 * The results of all units of a round, ranked: an immutable snapshot of the figures. The raw scores
 * an explanation lists are read from the score book when it is built, so recompute (or
 * {@link ResultCalculator#recalculate}) after scores change rather than explaining old results.
 */
public final class RoundResults {

    /** Vetoed last, then rounded rate descending, then registry order. */
    static final Comparator<UnitResult> RANK_ORDER = Comparator.comparing(UnitResult::vetoed)
            .thenComparing(UnitResult::rate, Comparator.reverseOrder())
            .thenComparingInt(UnitResult::registryIndex);

    private final CompiledScheme compiled;
    private final List<UnitResult> inRegistryOrder;
    private final List<UnitResult> ranked;
    private final Map<UnitId, UnitResult> byUnit;
    private final GradeScale scale;
    private final int precision;

    /** A unit with no rate because nothing in the scheme applies to it. */
    public record Unrated(com.pingyi.evaluation.domain.unit.EvaluatedUnit unit, int registryIndex) {
    }

    private final List<Unrated> unrated;

    RoundResults(CompiledScheme compiled, List<UnitResult> unranked, List<Unrated> unrated, GradeScale scale,
            int precision) {
        this.compiled = compiled;
        List<Unrated> sortedUnrated = new ArrayList<>(unrated);
        sortedUnrated.sort(Comparator.comparingInt(Unrated::registryIndex));
        this.unrated = List.copyOf(sortedUnrated);
        this.scale = scale;
        this.precision = precision;
        List<UnitResult> sorted = new ArrayList<>(unranked);
        sorted.sort(RANK_ORDER);
        this.ranked = List.copyOf(rank(sorted));
        this.byUnit = new HashMap<>();
        for (UnitResult r : ranked) {
            byUnit.put(r.unitId(), r);
        }
        List<UnitResult> registryOrder = new ArrayList<>(ranked);
        registryOrder.sort(Comparator.comparingInt(UnitResult::registryIndex));
        this.inRegistryOrder = List.copyOf(registryOrder);
    }

    /** Ranked copies: 1, 2, 2, 4 among the units not vetoed; vetoed units continue after them the same way. */
    private static List<UnitResult> rank(List<UnitResult> sorted) {
        List<UnitResult> out = new ArrayList<>(sorted.size());
        for (int k = 0; k < sorted.size(); k++) {
            UnitResult r = sorted.get(k);
            int rank = k + 1;
            if (k > 0) {
                UnitResult previous = out.get(k - 1);
                if (previous.vetoed() == r.vetoed() && previous.rate().compareTo(r.rate()) == 0) {
                    rank = previous.rank();
                }
            }
            out.add(r.withRank(rank));
        }
        return out;
    }

    CompiledScheme compiled() {
        return compiled;
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

    /** The unit's result; a unit with nothing applicable is the named error {@code result.nothing-applicable}. */
    public UnitResult of(UnitId unit) {
        UnitResult r = byUnit.get(unit);
        if (r == null) {
            for (Unrated u : unrated) {
                if (u.unit().id().equals(unit)) {
                    throw new DomainException("result.nothing-applicable", u.unit().name());
                }
            }
            throw new DomainException("result.unit-unknown", String.valueOf(unit));
        }
        return r;
    }

    /** Units with no rate because nothing in the scheme applies to them, in registry order. */
    public List<Unrated> unrated() {
        return unrated;
    }

    int registryIndexOf(UnitId unit) {
        UnitResult r = byUnit.get(unit);
        if (r != null) {
            return r.registryIndex();
        }
        return unrated.stream().filter(u -> u.unit().id().equals(unit)).mapToInt(Unrated::registryIndex).findFirst()
                .orElseThrow(() -> new DomainException("result.unit-unknown", String.valueOf(unit)));
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

    /** The number of units with a result (unrated units not counted). */
    public int size() {
        return inRegistryOrder.size();
    }
}
