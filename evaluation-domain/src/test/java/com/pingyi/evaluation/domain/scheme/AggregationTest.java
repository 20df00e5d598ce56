package com.pingyi.evaluation.domain.scheme;

import static com.pingyi.evaluation.domain.shared.DomainAssertions.assertRule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.pingyi.evaluation.domain.shared.Decimals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AggregationTest {

    static BigDecimal aggregate(Aggregation a, long... cents) {
        return Decimals.ofIntermediate(a.aggregateCents(cents, cents.length));
    }

    @Test
    void meanCarriesTwelveDecimalsHalfUp() {
        assertThat(aggregate(Aggregation.MEAN, 1000, 1000, 1100)).isEqualTo(new BigDecimal("10.333333333333"));
        assertThat(aggregate(Aggregation.MEAN, 1000, 1100, 1100)).isEqualTo(new BigDecimal("10.666666666667"));
    }

    @Test
    void medianOfOddCountIsTheMiddleAndOfEvenCountTheMeanOfTheTwoMiddle() {
        assertThat(aggregate(Aggregation.MEDIAN, 900, 100, 500)).isEqualByComparingTo("5");
        assertThat(aggregate(Aggregation.MEDIAN, 900, 100, 500, 600)).isEqualByComparingTo("5.5");
        assertThat(aggregate(Aggregation.MEDIAN, 101, 100)).isEqualByComparingTo("1.005");
    }

    @Test
    void trimmedMeanDropsExactlyOneHighestAndOneLowestEvenWhenTied() {
        assertThat(aggregate(Aggregation.TRIMMED_MEAN, 1000, 800, 600, 400, 200)).isEqualByComparingTo("6");
        // ties: only one of the two 10s and one of the two 2s are dropped
        assertThat(aggregate(Aggregation.TRIMMED_MEAN, 1000, 1000, 200, 200)).isEqualByComparingTo("6");
        assertThat(aggregate(Aggregation.TRIMMED_MEAN, 700, 700, 700)).isEqualByComparingTo("7");
        assertThat(aggregate(Aggregation.TRIMMED_MEAN, 1000, 1000, 1000, 0)).isEqualByComparingTo("10");
    }

    @Test
    void trimmedMeanNeedsAtLeastThreeScores() {
        assertThat(Aggregation.TRIMMED_MEAN.minimumCount()).isEqualTo(3);
        assertRule(() -> aggregate(Aggregation.TRIMMED_MEAN, 500, 600), "aggregation.too-few", "TRIMMED_MEAN", 2, 3);
        assertRule(() -> aggregate(Aggregation.MEAN), "aggregation.too-few", "MEAN", 0, 1);
    }

    @Test
    void everyAggregationIgnoresTheOrderOfItsInput() {
        qt().forAll(lists().of(integers().between(0, 10_000)).ofSizeBetween(3, 9), integers().all())
                .checkAssert((scores, seed) -> {
                    List<Integer> shuffled = new ArrayList<>(scores);
                    Collections.shuffle(shuffled, new Random(seed));
                    for (Aggregation a : Aggregation.values()) {
                        assertThat(a.aggregateCents(toArray(shuffled), shuffled.size()))
                                .isEqualTo(a.aggregateCents(toArray(scores), scores.size()));
                    }
                });
    }

    @Test
    void trimmedMeanEqualsTheMeanOfTheSortedInnerScores() {
        qt().forAll(lists().of(integers().between(0, 10_000)).ofSizeBetween(3, 9)).checkAssert(scores -> {
            List<Integer> sorted = new ArrayList<>(scores);
            Collections.sort(sorted);
            List<Integer> inner = sorted.subList(1, sorted.size() - 1);
            assertThat(Aggregation.TRIMMED_MEAN.aggregateCents(toArray(scores), scores.size()))
                    .isEqualTo(Aggregation.MEAN.aggregateCents(toArray(inner), inner.size()));
        });
    }

    @Test
    void everyAggregateLiesBetweenTheLowestAndHighestScore() {
        qt().forAll(lists().of(integers().between(0, 10_000)).ofSizeBetween(3, 9)).checkAssert(scores -> {
            long min = Collections.min(scores) * Decimals.CENTS_TO_INTERMEDIATE;
            long max = Collections.max(scores) * Decimals.CENTS_TO_INTERMEDIATE;
            for (Aggregation a : Aggregation.values()) {
                assertThat(a.aggregateCents(toArray(scores), scores.size())).isBetween(min, max);
            }
        });
    }

    static long[] toArray(List<Integer> scores) {
        return scores.stream().mapToLong(Integer::longValue).toArray();
    }
}
