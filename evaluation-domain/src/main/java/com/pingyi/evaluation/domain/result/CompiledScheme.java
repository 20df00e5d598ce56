package com.pingyi.evaluation.domain.result;

import com.pingyi.evaluation.domain.scheme.Aggregation;
import com.pingyi.evaluation.domain.scheme.Indicator;
import com.pingyi.evaluation.domain.scheme.IndicatorKind;
import com.pingyi.evaluation.domain.scheme.MeasuredRule;
import com.pingyi.evaluation.domain.scheme.Scheme;
import com.pingyi.evaluation.domain.shared.Decimals;
import java.math.BigDecimal;
import java.util.List;

/** The scheme flattened into arrays once per calculation, so the per-unit loop makes few objects. */
final class CompiledScheme {

    static final byte POINTS = 0;
    static final byte MEASURED = 1;
    static final byte DEDUCTION = 2;
    static final byte VETO = 3;
    static final byte BONUS = 4;

    /** 100 at the intermediate scale, unscaled. */
    static final long HUNDRED_UNSCALED = 100L * 1_000_000_000_000L;
    static final long[] POWERS_OF_TEN = new long[19];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int k = 1; k < POWERS_OF_TEN.length; k++) {
            POWERS_OF_TEN[k] = POWERS_OF_TEN[k - 1] * 10;
        }
    }

    final Scheme scheme;
    final int size;
    final int dimensions;
    final byte[] kind;
    final int[] dimension;
    final long[] maxCents;
    final Aggregation[] aggregation;
    final MeasuredRule[] rule;
    final BigDecimal[] bonusThreshold;
    final long[] bonusThresholdUnscaled;
    /** Indices of the BONUS indicators. */
    final int[] bonusIndices;
    final BigDecimal[] weight;
    final long[] weightCents;

    CompiledScheme(Scheme scheme) {
        this.scheme = scheme;
        List<Indicator> indicators = scheme.indicators();
        size = indicators.size();
        dimensions = scheme.dimensions().size();
        kind = new byte[size];
        dimension = new int[size];
        maxCents = new long[size];
        aggregation = new Aggregation[size];
        rule = new MeasuredRule[size];
        bonusThreshold = new BigDecimal[size];
        bonusThresholdUnscaled = new long[size];
        for (int i = 0; i < size; i++) {
            Indicator indicator = indicators.get(i);
            dimension[i] = scheme.dimensionIndexOf(i);
            maxCents[i] = indicator.max().cents();
            aggregation[i] = indicator.aggregation();
            kind[i] = switch (indicator.kind()) {
                case IndicatorKind.Scored p -> POINTS;
                case IndicatorKind.Measured m -> {
                    rule[i] = m.rule();
                    yield MEASURED;
                }
                case IndicatorKind.Deduction d -> DEDUCTION;
                case IndicatorKind.Veto v -> VETO;
                case IndicatorKind.Bonus b -> {
                    bonusThreshold[i] = b.threshold().percent();
                    bonusThresholdUnscaled[i] = toIntermediate(bonusThreshold[i]);
                    yield BONUS;
                }
            };
        }
        int[] bonuses = new int[size];
        int bonusCount = 0;
        for (int i = 0; i < size; i++) {
            if (kind[i] == BONUS) {
                bonuses[bonusCount++] = i;
            }
        }
        bonusIndices = java.util.Arrays.copyOf(bonuses, bonusCount);
        weight = new BigDecimal[dimensions];
        weightCents = new long[dimensions];
        for (int d = 0; d < dimensions; d++) {
            weight[d] = scheme.dimensions().get(d).weight().percent();
            weightCents[d] = weight[d].unscaledValue().longValueExact();
        }
    }

    static long toIntermediate(BigDecimal value) {
        return value.setScale(Decimals.INTERMEDIATE_SCALE, Decimals.ROUNDING).unscaledValue().longValueExact();
    }
}
