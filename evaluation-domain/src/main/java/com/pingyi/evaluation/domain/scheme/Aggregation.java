package com.pingyi.evaluation.domain.scheme;

import com.pingyi.evaluation.domain.shared.Decimals;
import com.pingyi.evaluation.domain.shared.DomainException;

/**
 * How several scorers' scores of one unit x indicator become the score of record. A closed set:
 * to add a method, add a constant with its {@link #minimumCount()} and {@link #aggregateCents}.
 * Scores arrive as hundredths of a point (exact longs); the result is at the intermediate scale
 * (12 places, unscaled), HALF_UP, so the hot loop makes no objects.
 */
public enum Aggregation {
    /** The arithmetic mean. */
    MEAN(1) {
        @Override
        long aggregate(long[] cents, int from, int count) {
            long sum = 0;
            for (int i = from; i < from + count; i++) {
                sum += cents[i];
            }
            return Decimals.divideHalfUp(Math.multiplyExact(sum, Decimals.CENTS_TO_INTERMEDIATE), count);
        }
    },
    /** The middle score; for an even count the mean of the two middle scores. */
    MEDIAN(1) {
        @Override
        long aggregate(long[] cents, int from, int count) {
            long[] sorted = java.util.Arrays.copyOfRange(cents, from, from + count);
            java.util.Arrays.sort(sorted);
            if (count % 2 == 1) {
                return sorted[count / 2] * Decimals.CENTS_TO_INTERMEDIATE;
            }
            return Decimals.divideHalfUp((sorted[count / 2 - 1] + sorted[count / 2]) * Decimals.CENTS_TO_INTERMEDIATE, 2);
        }
    },
    /** Drops exactly one highest and one lowest score (even when tied), then the mean; needs at least 3. */
    TRIMMED_MEAN(3) {
        @Override
        long aggregate(long[] cents, int from, int count) {
            long sum = 0;
            long min = Long.MAX_VALUE;
            long max = Long.MIN_VALUE;
            for (int i = from; i < from + count; i++) {
                sum += cents[i];
                min = Math.min(min, cents[i]);
                max = Math.max(max, cents[i]);
            }
            return Decimals.divideHalfUp(Math.multiplyExact(sum - min - max, Decimals.CENTS_TO_INTERMEDIATE), count - 2);
        }
    };

    private final int minimumCount;

    Aggregation(int minimumCount) {
        this.minimumCount = minimumCount;
    }

    /** The fewest scores this aggregation accepts. */
    public int minimumCount() {
        return minimumCount;
    }

    /**
     * The score of record of the first {@code count} scores (hundredths of a point), as an unscaled
     * value at the intermediate scale. Too few scores is the named error {@code aggregation.too-few}.
     */
    public long aggregateCents(long[] cents, int count) {
        return aggregateCents(cents, 0, count);
    }

    /** As {@link #aggregateCents(long[], int)}, over {@code cents[from .. from + count)}. */
    public long aggregateCents(long[] cents, int from, int count) {
        if (count < minimumCount) {
            throw new DomainException("aggregation.too-few", name(), count, minimumCount);
        }
        return aggregate(cents, from, count);
    }

    abstract long aggregate(long[] cents, int from, int count);
}
