package com.pingyi.evaluation.domain.scheme;

import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.shared.Weight;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The scoring scheme of a round: dimensions whose weights sum to exactly 100, and their indicators
 * with codes unique across the scheme. Immutable; indicators are numbered in scheme order
 * ({@link #indexOf}) so the calculator can work on arrays.
 */
public final class Scheme {

    private final List<Dimension> dimensions;
    private final List<Indicator> indicators;
    private final int[] dimensionOfIndicator;
    private final Map<IndicatorCode, Integer> indexByCode;

    public Scheme(List<Dimension> dimensions) {
        if (dimensions == null || dimensions.isEmpty()) {
            throw new DomainException("scheme.needs-a-dimension");
        }
        this.dimensions = List.copyOf(dimensions);
        BigDecimal sum = BigDecimal.ZERO;
        Set<DimensionCode> dimensionCodes = new HashSet<>();
        for (Dimension d : this.dimensions) {
            sum = sum.add(d.weight().percent());
            if (!dimensionCodes.add(d.code())) {
                throw new DomainException("scheme.dimension-codes-must-be-unique", d.code().value());
            }
        }
        if (sum.compareTo(Weight.HUNDRED) != 0) {
            throw new DomainException("scheme.weights-must-sum-to-hundred", sum.stripTrailingZeros().toPlainString());
        }
        List<Indicator> all = new ArrayList<>();
        List<Integer> owner = new ArrayList<>();
        Map<IndicatorCode, Integer> index = new HashMap<>();
        for (int d = 0; d < this.dimensions.size(); d++) {
            for (Indicator indicator : this.dimensions.get(d).indicators()) {
                if (index.putIfAbsent(indicator.code(), all.size()) != null) {
                    throw new DomainException("scheme.indicator-codes-must-be-unique", indicator.code().value());
                }
                all.add(indicator);
                owner.add(d);
            }
        }
        this.indicators = Collections.unmodifiableList(all);
        this.dimensionOfIndicator = owner.stream().mapToInt(Integer::intValue).toArray();
        this.indexByCode = Map.copyOf(index);
    }

    public static Scheme of(Dimension... dimensions) {
        return new Scheme(List.of(dimensions));
    }

    public List<Dimension> dimensions() {
        return dimensions;
    }

    /** All indicators in scheme order (dimension by dimension). */
    public List<Indicator> indicators() {
        return indicators;
    }

    public Optional<Indicator> find(IndicatorCode code) {
        Integer i = indexByCode.get(code);
        return i == null ? Optional.empty() : Optional.of(indicators.get(i));
    }

    /** The indicator with this code, or the named error {@code scheme.indicator-unknown}. */
    public Indicator indicator(IndicatorCode code) {
        return indicators.get(indexOf(code));
    }

    public int indexOf(IndicatorCode code) {
        Integer i = indexByCode.get(code);
        if (i == null) {
            throw new DomainException("scheme.indicator-unknown", String.valueOf(code));
        }
        return i;
    }

    /** The index (in {@link #dimensions()}) of the dimension that holds the indicator at this index. */
    public int dimensionIndexOf(int indicatorIndex) {
        return dimensionOfIndicator[indicatorIndex];
    }

    public Dimension dimensionOf(IndicatorCode code) {
        return dimensions.get(dimensionOfIndicator[indexOf(code)]);
    }

    /** The methods the scheme uses, in their declared order. */
    public List<EvaluationMethod> methods() {
        return java.util.Arrays.stream(EvaluationMethod.values())
                .filter(m -> indicators.stream().anyMatch(i -> i.method() == m)).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Scheme other && dimensions.equals(other.dimensions);
    }

    @Override
    public int hashCode() {
        return dimensions.hashCode();
    }

    @Override
    public String toString() {
        return "Scheme" + dimensions;
    }
}
