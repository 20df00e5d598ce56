package com.pingyi.evaluation.domain.scheme;

import static com.pingyi.evaluation.domain.shared.DomainAssertions.assertRule;
import static org.assertj.core.api.Assertions.assertThat;

import com.pingyi.evaluation.domain.shared.Points;
import com.pingyi.evaluation.domain.shared.ScoreRate;
import com.pingyi.evaluation.domain.shared.Weight;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemeTest {

    static Indicator points(String code, String max) {
        return Indicator.of(code, "indicator " + code, max, EvaluationMethod.EXPERT_ONLINE_REVIEW, IndicatorKind.points(),
                Aggregation.MEAN);
    }

    static Dimension dimension(String code, String weight, Indicator... indicators) {
        return new Dimension(DimensionCode.of(code), "dimension " + code, Weight.of(weight), List.of(indicators));
    }

    @Test
    void weightsMustSumToExactlyHundred() {
        assertRule(() -> Scheme.of(dimension("D1", "60", points("A", "10")), dimension("D2", "39.99", points("B", "10"))),
                "scheme.weights-must-sum-to-hundred", "99.99");
        assertRule(() -> Scheme.of(dimension("D1", "60", points("A", "10")), dimension("D2", "41", points("B", "10"))),
                "scheme.weights-must-sum-to-hundred", "101");
        Scheme ok = Scheme.of(dimension("D1", "60.5", points("A", "10")), dimension("D2", "39.5", points("B", "10")));
        assertThat(ok.dimensions()).hasSize(2);
    }

    @Test
    void indicatorCodesAreUniqueAcrossTheScheme() {
        assertRule(() -> Scheme.of(dimension("D1", "50", points("A", "10")), dimension("D2", "50", points("A", "5"))),
                "scheme.indicator-codes-must-be-unique", "A");
        assertRule(() -> Scheme.of(dimension("D1", "50", points("A", "10")), dimension("D1", "50", points("B", "5"))),
                "scheme.dimension-codes-must-be-unique", "D1");
        assertRule(() -> new Scheme(List.of()), "scheme.needs-a-dimension");
    }

    @Test
    void aDimensionNeedsARatedIndicator() {
        Indicator deduction = Indicator.of("K", "k", "5", EvaluationMethod.DOCUMENT_REVIEW, IndicatorKind.deduction(), null);
        assertRule(() -> dimension("D1", "100", deduction), "scheme.dimension-needs-a-rated-indicator", "D1");
    }

    @Test
    void indicatorMaximumIsPositiveAndBounded() {
        assertRule(() -> points("A", "0"), "indicator.max-must-be-positive", "A", "0.00");
        assertRule(() -> points("A", "10000.01"), "indicator.max-too-large", "A", "10000.01", "10000.00");
        assertRule(() -> dimension("D1", "100", points("A", "10000"), points("B", "10000"), points("C", "10000"),
                points("D", "10000"), points("E", "10000"), points("F", "1")), "scheme.dimension-max-too-large", "D1",
                "50001.00", "50000");
        assertRule(() -> new Indicator(IndicatorCode.of("A"), "a", Points.of(1), null, IndicatorKind.points(), null),
                "indicator.method.required", "A");
        assertRule(() -> new Indicator(IndicatorCode.of("A"), "a", Points.of(1), EvaluationMethod.SELF_INSPECTION, null,
                null), "indicator.kind.required", "A");
        assertRule(() -> points("A", "10").checkInRange(Points.of("10.01")), "score.out-of-range", "A", "10.01", "10.00");
    }

    @Test
    void theSchemeIndexesIndicatorsInOrderAndListsItsMethods() {
        Scheme scheme = Scheme.of(dimension("D1", "50", points("A", "10"), points("B", "10")),
                dimension("D2", "50", Indicator.of("C", "c", "5", EvaluationMethod.SELF_INSPECTION, IndicatorKind.points(), null)));
        assertThat(scheme.indexOf(IndicatorCode.of("C"))).isEqualTo(2);
        assertThat(scheme.dimensionOf(IndicatorCode.of("C")).code()).isEqualTo(DimensionCode.of("D2"));
        assertThat(scheme.methods()).containsExactly(EvaluationMethod.SELF_INSPECTION, EvaluationMethod.EXPERT_ONLINE_REVIEW);
        assertRule(() -> scheme.indicator(IndicatorCode.of("Z")), "scheme.indicator-unknown", "Z");
        assertThat(scheme.indicator(IndicatorCode.of("A")).aggregation()).isEqualTo(Aggregation.MEAN);
    }

    @Test
    void kindsSayWhetherTheyAreRatedOrScored() {
        assertThat(IndicatorKind.points().rated()).isTrue();
        assertThat(IndicatorKind.measured(MeasuredRule.yesNo()).rated()).isTrue();
        assertThat(IndicatorKind.deduction().rated()).isFalse();
        assertThat(IndicatorKind.veto().rated()).isFalse();
        assertThat(IndicatorKind.bonus(ScoreRate.of("80")).rated()).isFalse();
        assertThat(IndicatorKind.bonus(ScoreRate.of("80")).scoredByScorers()).isTrue();
        assertRule(() -> IndicatorKind.measured(null), "indicator.measured.rule-required");
        assertRule(() -> IndicatorKind.bonus(null), "indicator.bonus.threshold-required");
    }

    @Test
    void methodsCarryTheirOfficialNames() {
        assertThat(List.of(EvaluationMethod.values()).stream().map(EvaluationMethod::officialName))
                .containsExactly("单位自查", "资料查阅", "专家网上评议", "第三方测评");
    }
}
