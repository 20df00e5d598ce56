package com.pingyi.evaluation.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static com.pingyi.evaluation.domain.shared.DomainAssertions.assertRule;

import com.pingyi.evaluation.domain.round.EvaluationYear;
import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.scheme.DimensionCode;
import com.pingyi.evaluation.domain.scheme.IndicatorCode;
import com.pingyi.evaluation.domain.score.ScorerId;
import com.pingyi.evaluation.domain.unit.EvaluatedUnit;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ValueObjectsTest {

    @Test
    void pointsAreHeldAtTwoDecimals() {
        assertThat(Points.of("7").value()).isEqualByComparingTo("7").hasScaleOf(2);
        assertThat(Points.of("7.5").toString()).isEqualTo("7.50");
        assertThat(Points.of("7.500").cents()).isEqualTo(750);
        assertThat(Points.ofCents(1234)).isEqualTo(Points.of("12.34"));
    }

    @Test
    void pointsRefuseInvalidValues() {
        assertRule(() -> Points.of("-0.01"), "points.negative", "-0.01");
        assertRule(() -> Points.of("1.234"), "points.too-many-decimals", "1.234", 2);
        assertRule(() -> Points.of("NaN"), "points.malformed", "NaN");
        assertRule(() -> Points.of("Infinity"), "points.malformed", "Infinity");
        assertRule(() -> new Points(null), "points.required");
    }

    @Test
    void weightsArePositiveAtMostHundredWithTwoDecimals() {
        assertThat(Weight.of("12.5").percent()).isEqualByComparingTo("12.5");
        assertRule(() -> Weight.of("0"), "weight.out-of-range", "0");
        assertRule(() -> Weight.of("100.01"), "weight.out-of-range", "100.01");
        assertRule(() -> Weight.of("10.001"), "weight.too-many-decimals", "10.001", 2);
        assertRule(() -> Weight.of("ten"), "weight.malformed", "ten");
        assertRule(() -> new Weight(null), "weight.required");
    }

    @Test
    void scoreRatesStayWithinZeroToHundred() {
        assertThat(ScoreRate.of("0").percent()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(ScoreRate.of("100").percent()).isEqualByComparingTo("100");
        assertRule(() -> ScoreRate.of("100.001"), "rate.out-of-range", "100.001");
        assertRule(() -> ScoreRate.of("-1"), "rate.out-of-range", "-1");
        assertRule(() -> new ScoreRate(null), "rate.required");
        assertRule(() -> ScoreRate.of("x"), "rate.malformed", "x");
    }

    @Test
    void codesAndIdsRefuseMalformedValues() {
        assertThat(IndicatorCode.of("GK01").value()).isEqualTo("GK01");
        assertRule(() -> IndicatorCode.of("a b"), "code.malformed", "a b", "[A-Za-z0-9][A-Za-z0-9._-]{0,31}");
        assertRule(() -> DimensionCode.of(""), "code.malformed", "", "[A-Za-z0-9][A-Za-z0-9._-]{0,31}");
        assertRule(() -> ScorerId.of("has space"), "scorer.id.malformed", "has space");
        assertThat(ScorerId.of("专家-01").value()).isEqualTo("专家-01");
        assertRule(() -> UnitId.of("nope"), "unit.id.malformed", "nope");
        assertRule(() -> RoundId.of("nope"), "round.id.malformed", "nope");
        assertRule(() -> new UnitId(null), "unit.id.required");
        assertThat(UnitId.named("黄浦区教育局")).isEqualTo(UnitId.named("黄浦区教育局"));
    }

    @Test
    void yearsAreWithinRange() {
        assertThat(EvaluationYear.of(2019).value()).isEqualTo(2019);
        assertRule(() -> EvaluationYear.of(1999), "round.year.out-of-range", 1999, 2000, 2100);
    }

    @Test
    void unitsNeedANameAndCannotSucceedThemselves() {
        UnitId id = UnitId.newId();
        assertRule(() -> EvaluatedUnit.of(id, " "), "unit.name.required");
        assertRule(() -> EvaluatedUnit.of(id, "静安区教育局").succeeding(id), "unit.successor.self", "静安区教育局");
        assertRule(() -> EvaluatedUnit.of(id, "x".repeat(101)), "text.too-long", 101, 100);
    }

    @Test
    void halfUpDivisionOfLongs() {
        assertThat(Decimals.divideHalfUp(5, 2)).isEqualTo(3);
        assertThat(Decimals.divideHalfUp(4, 3)).isEqualTo(1);
        assertThat(Decimals.divideHalfUp(5, 3)).isEqualTo(2);
    }
}
