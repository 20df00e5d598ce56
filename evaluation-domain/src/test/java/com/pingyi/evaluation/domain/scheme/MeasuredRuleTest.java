package com.pingyi.evaluation.domain.scheme;

import static com.pingyi.evaluation.domain.shared.DomainAssertions.assertRule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.pingyi.evaluation.domain.shared.Points;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MeasuredRuleTest {

    private static final Points TEN = Points.of(10);

    @Test
    void linearGivesMaxTimesValueOverTargetCappedAtMax() {
        MeasuredRule rule = MeasuredRule.linear("100");
        assertThat(rule.points(MeasuredValue.quantity("96.5"), TEN)).isEqualByComparingTo("9.65");
        assertThat(rule.points(MeasuredValue.quantity("100"), TEN)).isEqualByComparingTo("10");
        assertThat(rule.points(MeasuredValue.quantity("120"), TEN)).isEqualByComparingTo("10");
        assertThat(MeasuredRule.linear("3").points(MeasuredValue.quantity("1"), TEN))
                .isEqualTo(new BigDecimal("3.333333333333"));
        assertRule(() -> MeasuredRule.linear("0"), "measured.rule.target-not-positive", "0");
    }

    @Test
    void atLeastAndAtMostAreAllOrNothingAtTheThresholdInclusive() {
        assertThat(MeasuredRule.atLeast("95").points(MeasuredValue.quantity("95"), TEN)).isEqualByComparingTo("10");
        assertThat(MeasuredRule.atLeast("95").points(MeasuredValue.quantity("94.99"), TEN)).isEqualByComparingTo("0");
        assertThat(MeasuredRule.atMost("0").points(MeasuredValue.quantity("0"), TEN)).isEqualByComparingTo("10");
        assertThat(MeasuredRule.atMost("0").points(MeasuredValue.quantity("0.01"), TEN)).isEqualByComparingTo("0");
        assertRule(() -> MeasuredRule.atMost("-1"), "measured.rule.threshold-negative", "-1");
        assertRule(() -> MeasuredRule.atLeast("-1"), "measured.rule.threshold-negative", "-1");
    }

    @Test
    void yesNoGivesMaxForYes() {
        assertThat(MeasuredRule.yesNo().points(MeasuredValue.yes(), TEN)).isEqualByComparingTo("10");
        assertThat(MeasuredRule.yesNo().points(MeasuredValue.no(), TEN)).isEqualByComparingTo("0");
    }

    @Test
    void aValueOfTheWrongTypeIsANamedError() {
        assertRule(() -> MeasuredRule.yesNo().points(MeasuredValue.quantity("1"), TEN), "measured.wrong-type", "1", "YES_NO");
        assertRule(() -> MeasuredRule.linear("100").points(MeasuredValue.yes(), TEN), "measured.wrong-type", "yes",
                "LINEAR(target=100)");
        assertRule(() -> MeasuredValue.quantity("-1"), "measured.negative", "-1");
        assertRule(() -> MeasuredValue.quantity("abc"), "measured.malformed", "abc");
    }

    @Test
    void linearIsMonotoneAndWithinZeroToMax() {
        qt().forAll(integers().between(0, 20_000), integers().between(0, 20_000), integers().between(1, 20_000))
                .checkAssert((a, b, target) -> {
                    MeasuredRule rule = new MeasuredRule.Linear(BigDecimal.valueOf(target, 2));
                    BigDecimal pa = rule.points(new MeasuredValue.Quantity(BigDecimal.valueOf(a, 2)), TEN);
                    BigDecimal pb = rule.points(new MeasuredValue.Quantity(BigDecimal.valueOf(b, 2)), TEN);
                    assertThat(pa).isBetween(BigDecimal.ZERO, TEN.value());
                    if (a <= b) {
                        assertThat(pa).isLessThanOrEqualTo(pb);
                    }
                });
    }
}
