package com.pingyi.evaluation.domain.result;

import static com.pingyi.evaluation.domain.result.Fixture.indicator;
import static com.pingyi.evaluation.domain.result.Fixture.points;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.pingyi.evaluation.domain.scheme.Aggregation;
import com.pingyi.evaluation.domain.scheme.Indicator;
import com.pingyi.evaluation.domain.scheme.IndicatorKind;
import com.pingyi.evaluation.domain.shared.Points;
import com.pingyi.evaluation.domain.shared.ScoreRate;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipelinePropertiesTest {

    @Test
    void theRateIsAlwaysWithinZeroToHundred() {
        qt().forAll(integers().between(0, 1_000), integers().between(0, 2_000), integers().between(0, 1_200),
                integers().between(0, 300)).checkAssert((a, b, deduction, bonus) -> {
                    Fixture f = new Fixture().dimension("D1", "70", points("A", "10"))
                            .dimension("D2", "30", points("B", "20"), indicator("K", "10", IndicatorKind.deduction(), null),
                                    indicator("X", "3", IndicatorKind.bonus(ScoreRate.of("50")), Aggregation.MEAN));
                    UnitId u = f.unit("U");
                    f.score(u, "A", Points.ofCents(a).toString()).score(u, "B", Points.ofCents(b).toString())
                            .score(u, "X", Points.ofCents(bonus).toString());
                    if (deduction > 0) {
                        f.violation(u, "K", Points.ofCents(deduction).toString());
                    }
                    UnitResult r = f.calculate().of(u);
                    assertThat(r.rate().percent()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
                    assertThat(r.unroundedRate()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
                    assertThat(r.base()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
                });
    }

    @Test
    void markingIndicatorsNotApplicableEqualsComputingOverTheApplicableOnly() {
        qt().forAll(lists().of(integers().between(1, 40)).ofSizeBetween(2, 6), integers().between(0, 100),
                integers().between(0, 63)).checkAssert((maxes, percent, mask) -> {
                    // indicator k is N/A when bit k of mask is set; the last one always applies
                    Fixture withNa = new Fixture();
                    Fixture without = new Fixture();
                    List<Indicator> all = new ArrayList<>();
                    List<Indicator> applicable = new ArrayList<>();
                    for (int k = 0; k < maxes.size(); k++) {
                        Indicator indicator = points("I" + k, Integer.toString(maxes.get(k)));
                        all.add(indicator);
                        if (!naAt(mask, k, maxes.size())) {
                            applicable.add(indicator);
                        }
                    }
                    withNa.dimension("D1", "60", all.toArray(Indicator[]::new)).dimension("D2", "40", points("Z", "10"));
                    without.dimension("D1", "60", applicable.toArray(Indicator[]::new)).dimension("D2", "40", points("Z", "10"));
                    UnitId u1 = withNa.unit("U");
                    UnitId u2 = without.unit("U");
                    for (int k = 0; k < maxes.size(); k++) {
                        String score = Points.ofCents(maxes.get(k) * percent * (k + 1) / (maxes.size())).toString();
                        if (naAt(mask, k, maxes.size())) {
                            withNa.notApplicable(u1, "I" + k);
                        } else {
                            withNa.score(u1, "I" + k, score);
                            without.score(u2, "I" + k, score);
                        }
                    }
                    withNa.score(u1, "Z", "7.5");
                    without.score(u2, "Z", "7.5");
                    UnitResult r1 = withNa.calculate().of(u1);
                    UnitResult r2 = without.calculate().of(u2);
                    assertThat(r1.unroundedRate()).isEqualTo(r2.unroundedRate());
                    assertThat(r1.dimensionRate(0)).isEqualTo(r2.dimensionRate(0));
                });
    }

    private static boolean naAt(int mask, int k, int size) {
        return k < size - 1 && (mask & (1 << k)) != 0;
    }

    @Test
    void aWhollyNotApplicableDimensionEqualsASchemeWithoutItWithWeightsScaledUp() {
        qt().forAll(integers().between(0, 1_000), integers().between(0, 1_000)).checkAssert((a, b) -> {
            Fixture withNa = new Fixture().dimension("D1", "25", points("A", "10")).dimension("D2", "25", points("B", "10"))
                    .dimension("D3", "50", points("C", "10"));
            Fixture without = new Fixture().dimension("D1", "50", points("A", "10")).dimension("D2", "50", points("B", "10"));
            UnitId u1 = withNa.unit("U");
            UnitId u2 = without.unit("U");
            withNa.score(u1, "A", Points.ofCents(a).toString()).score(u1, "B", Points.ofCents(b).toString())
                    .notApplicable(u1, "C");
            without.score(u2, "A", Points.ofCents(a).toString()).score(u2, "B", Points.ofCents(b).toString());
            UnitResult r1 = withNa.calculate().of(u1);
            assertThat(r1.weightFactor()).isEqualByComparingTo("2");
            assertThat(r1.unroundedRate()).isEqualTo(without.calculate().of(u2).unroundedRate());
        });
    }

    @Test
    void rankingIsConsistentWithTheOrderOfRates() {
        qt().forAll(lists().of(integers().between(0, 200)).ofSizeBetween(1, 12), integers().between(0, 4095))
                .checkAssert((scores, vetoMask) -> {
                    Fixture f = new Fixture().dimension("D1", "100", points("A", "2"), indicator("V", "1",
                            IndicatorKind.veto(), null));
                    List<UnitId> ids = new ArrayList<>();
                    for (int k = 0; k < scores.size(); k++) {
                        UnitId u = f.unit("U" + k);
                        ids.add(u);
                        f.score(u, "A", Points.ofCents(scores.get(k)).toString()).veto(u, "V", (vetoMask & (1 << k)) == 0);
                    }
                    RoundResults results = f.calculate();
                    List<UnitResult> ranked = results.ranked();
                    for (int k = 0; k < ranked.size(); k++) {
                        UnitResult r = ranked.get(k);
                        long better = ranked.stream().filter(o -> o.vetoed() == r.vetoed()
                                && o.rate().compareTo(r.rate()) > 0).count();
                        long notVetoed = r.vetoed() ? ranked.stream().filter(o -> !o.vetoed()).count() : 0;
                        assertThat(r.rank()).isEqualTo(1 + better + notVetoed);
                        if (k > 0) {
                            UnitResult prev = ranked.get(k - 1);
                            assertThat(prev.rank()).isLessThanOrEqualTo(r.rank());
                            if (prev.rank() == r.rank()) {
                                assertThat(prev.registryIndex()).isLessThan(r.registryIndex());
                            }
                            if (!prev.vetoed() && !r.vetoed()) {
                                assertThat(prev.rate()).isGreaterThanOrEqualTo(r.rate());
                            }
                            assertThat(prev.vetoed() && !r.vetoed()).isFalse();
                        }
                        if (r.vetoed()) {
                            assertThat(r.band()).isEqualTo(results.scale().lowest());
                        }
                    }
                });
    }

    @Test
    void aHigherScoreNeverLowersTheRate() {
        qt().forAll(integers().between(0, 1_000), integers().between(0, 1_000)).checkAssert((a, b) -> {
            Fixture f = new Fixture().dimension("D1", "100", points("A", "10"), points("B", "10"));
            UnitId lo = f.unit("lo");
            UnitId hi = f.unit("hi");
            int low = Math.min(a, b);
            int high = Math.max(a, b);
            f.score(lo, "A", Points.ofCents(low).toString()).score(lo, "B", "5");
            f.score(hi, "A", Points.ofCents(high).toString()).score(hi, "B", "5");
            RoundResults r = f.calculate();
            assertThat(r.of(hi).rate()).isGreaterThanOrEqualTo(r.of(lo).rate());
        });
    }
}
