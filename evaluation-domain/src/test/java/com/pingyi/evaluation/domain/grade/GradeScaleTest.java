package com.pingyi.evaluation.domain.grade;

import static com.pingyi.evaluation.domain.shared.DomainAssertions.assertRule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.pingyi.evaluation.domain.shared.ScoreRate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class GradeScaleTest {

    private final GradeScale seed = GradeScale.seedDefault();

    private String label(String rate) {
        return seed.gradeFor(ScoreRate.of(rate)).label();
    }

    @Test
    void theSeedScaleIsHalfOpenWithNoGap() {
        assertThat(label("100")).isEqualTo("优秀");
        assertThat(label("90")).isEqualTo("优秀");
        assertThat(label("89.99")).isEqualTo("良好");
        assertThat(label("89.5")).isEqualTo("良好");
        assertThat(label("80")).isEqualTo("良好");
        assertThat(label("79.99")).isEqualTo("合格");
        assertThat(label("60")).isEqualTo("合格");
        assertThat(label("59.99")).isEqualTo("不合格");
        assertThat(label("0")).isEqualTo("不合格");
    }

    @Test
    void theSeedScaleNamesAllButTheFailBandAndKeepsBandsHighestFirst() {
        assertThat(seed.bands()).extracting(GradeBand::label).containsExactly("优秀", "良好", "合格", "不合格");
        assertThat(seed.namedBands()).extracting(GradeBand::label).containsExactly("优秀", "良好", "合格");
        assertThat(seed.lowest().label()).isEqualTo("不合格");
        assertThat(seed.bands()).extracting(GradeBand::interval)
                .containsExactly("[90, 100]", "[80, 90)", "[60, 80)", "[0, 60)");
    }

    @Test
    void aGapIsRefused() {
        assertRule(() -> GradeScale.of(GradeBand.closed("A", "90", "100", true), GradeBand.halfOpen("B", "0", "89", true)),
                "grade.scale.gap", "B", "[0, 89)", "A", "[90, 100]");
        // both ends open at 90: 90 itself would be in no band
        assertRule(() -> GradeScale.of(new GradeBand("A", new BigDecimal("90"), false, new BigDecimal("100"), true, true),
                GradeBand.halfOpen("B", "0", "90", true)), "grade.scale.gap", "B", "[0, 90)", "A", "(90, 100]");
    }

    @Test
    void anOverlapIsRefused() {
        assertRule(() -> GradeScale.of(GradeBand.closed("A", "90", "100", true), GradeBand.closed("B", "0", "90", true)),
                "grade.scale.overlap", "B", "[0, 90]", "A", "[90, 100]");
        assertRule(() -> GradeScale.of(GradeBand.closed("A", "80", "100", true), GradeBand.halfOpen("B", "0", "90", true)),
                "grade.scale.overlap", "B", "[0, 90)", "A", "[80, 100]");
    }

    @Test
    void theScaleMustCoverZeroToHundredInclusive() {
        assertRule(() -> GradeScale.of(GradeBand.closed("A", "1", "100", true)), "grade.scale.must-start-at-zero", "A",
                "[1, 100]");
        assertRule(() -> GradeScale.of(GradeBand.halfOpen("A", "0", "100", true)), "grade.scale.must-end-at-hundred", "A",
                "[0, 100)");
        assertRule(() -> new GradeScale(List.of()), "grade.scale.needs-a-band");
    }

    @Test
    void labelsAreUniqueAndBandsNotEmpty() {
        assertRule(() -> GradeScale.of(GradeBand.closed("A", "50", "100", true), GradeBand.halfOpen("A", "0", "50", true)),
                "grade.scale.labels-must-be-unique", "A");
        assertRule(() -> GradeBand.halfOpen("A", "50", "50", true), "grade.band.empty", "A", "50", "50");
        assertRule(() -> GradeBand.halfOpen("A", "60", "50", true), "grade.band.empty", "A", "60", "50");
        assertRule(() -> GradeBand.halfOpen(" ", "0", "50", true), "grade.band.label-required");
    }

    @Test
    void aValidScaleCoversEveryRateExactlyOnce() {
        qt().forAll(lists().of(integers().between(1, 9_999)).ofSizeBetween(0, 6), integers().between(0, 10_000))
                .checkAssert((cuts, rateCents) -> {
                    GradeScale scale = scaleWithCuts(cuts);
                    BigDecimal rate = BigDecimal.valueOf(rateCents, 2);
                    long holding = scale.bands().stream().filter(b -> b.contains(rate)).count();
                    assertThat(holding).isEqualTo(1);
                    assertThat(scale.gradeFor(new ScoreRate(rate)).contains(rate)).isTrue();
                });
    }

    @Test
    void aHigherRateNeverGetsALowerBand() {
        qt().forAll(lists().of(integers().between(1, 9_999)).ofSizeBetween(0, 6), integers().between(0, 10_000),
                integers().between(0, 10_000)).checkAssert((cuts, a, b) -> {
                    GradeScale scale = scaleWithCuts(cuts);
                    int bandA = scale.rankOf(scale.gradeFor(new ScoreRate(BigDecimal.valueOf(a, 2))));
                    int bandB = scale.rankOf(scale.gradeFor(new ScoreRate(BigDecimal.valueOf(b, 2))));
                    if (a <= b) {
                        assertThat(bandA).isGreaterThanOrEqualTo(bandB);
                    }
                });
    }

    /** Bands [0,c1), [c1,c2), ..., [ck,100] from distinct cut points (in hundredths). */
    static GradeScale scaleWithCuts(List<Integer> rawCuts) {
        List<Integer> cuts = new ArrayList<>(new TreeSet<>(rawCuts));
        List<GradeBand> bands = new ArrayList<>();
        BigDecimal lower = BigDecimal.ZERO;
        for (int k = 0; k < cuts.size(); k++) {
            BigDecimal upper = BigDecimal.valueOf(cuts.get(k), 2);
            bands.add(new GradeBand("band" + k, lower, true, upper, false, k > 0));
            lower = upper;
        }
        bands.add(new GradeBand("top", lower, true, BigDecimal.valueOf(100), true, true));
        return new GradeScale(bands);
    }
}
