package com.pingyi.evaluation.domain.result;

import static com.pingyi.evaluation.domain.result.Fixture.indicator;
import static com.pingyi.evaluation.domain.result.Fixture.points;
import static com.pingyi.evaluation.domain.shared.DomainAssertions.assertRule;
import static org.assertj.core.api.Assertions.assertThat;

import com.pingyi.evaluation.domain.scheme.Aggregation;
import com.pingyi.evaluation.domain.scheme.IndicatorCode;
import com.pingyi.evaluation.domain.scheme.IndicatorKind;
import com.pingyi.evaluation.domain.scheme.MeasuredRule;
import com.pingyi.evaluation.domain.scheme.MeasuredValue;
import com.pingyi.evaluation.domain.shared.ScoreRate;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-worked examples of the pipeline, with the exact figures an independent implementation must get. */
class ResultCalculatorTest {

    /**
     * D1 (60): A POINTS max 10 MEAN, B MEASURED LINEAR to 100 max 10.
     * D2 (40): C POINTS max 20 TRIMMED_MEAN, V VETO, K DEDUCTION max 5, X BONUS max 3 when base >= 80.
     */
    private static Fixture twoDimensions() {
        return new Fixture()
                .dimension("D1", "60", points("A", "10"),
                        indicator("B", "10", IndicatorKind.measured(MeasuredRule.linear("100")), null))
                .dimension("D2", "40", indicator("C", "20", IndicatorKind.points(), Aggregation.TRIMMED_MEAN),
                        indicator("V", "1", IndicatorKind.veto(), null),
                        indicator("K", "5", IndicatorKind.deduction(), null),
                        indicator("X", "3", IndicatorKind.bonus(ScoreRate.of("80")), Aggregation.MEAN));
    }

    private static Fixture scored(Fixture f, UnitId u, String a1, String a2, String... deductions) {
        f.score(u, "A", a1, a2).measured(u, "B", MeasuredValue.quantity("90")).score(u, "C", "12", "15", "18", "20")
                .veto(u, "V", true).score(u, "X", "2", "3");
        for (String d : deductions) {
            f.violation(u, "K", d);
        }
        return f;
    }

    @Test
    void theWholePipelineOnAHandWorkedExample() {
        Fixture f = twoDimensions();
        UnitId u = f.unit("U1");
        scored(f, u, "8", "9", "2", "4.5");
        UnitResult r = f.calculate().of(u);
        // A = mean(8, 9) = 8.5; B = 10 x 90/100 = 9; D1 = 17.5 / 20 = 0.875
        assertThat(r.pointsOfRecord(IndicatorCode.of("A"))).isEqualByComparingTo("8.5");
        assertThat(r.pointsOfRecord(IndicatorCode.of("B"))).isEqualByComparingTo("9");
        assertThat(r.dimensionRate(0)).isEqualByComparingTo("0.875");
        // C = trimmed mean of 12, 15, 18, 20 = (15 + 18) / 2 = 16.5; D2 = 16.5 / 20 = 0.825
        assertThat(r.pointsOfRecord(IndicatorCode.of("C"))).isEqualByComparingTo("16.5");
        assertThat(r.dimensionRate(1)).isEqualByComparingTo("0.825");
        // T = 0.875 x 60 + 0.825 x 40 = 52.5 + 33 = 85.5
        assertThat(r.weightedTotal()).isEqualByComparingTo("85.5");
        assertThat(r.weightFactor()).isEqualByComparingTo("1");
        // deductions 2 + 4.5 = 6.5, capped at 5: base 80.5
        assertThat(r.deductions()).isEqualByComparingTo("5");
        assertThat(r.base()).isEqualByComparingTo("80.5");
        // base >= 80: bonus mean(2, 3) = 2.5 counts: 83
        assertThat(r.bonus()).isEqualByComparingTo("2.5");
        assertThat(r.rate().percent()).isEqualTo(new BigDecimal("83.00"));
        assertThat(r.band().label()).isEqualTo("良好");
        assertThat(r.vetoed()).isFalse();
    }

    @Test
    void bonusCountsOnlyWhenTheBaseReachesItsThresholdInclusive() {
        Fixture f = twoDimensions();
        UnitId below = f.unit("below");
        UnitId at = f.unit("at");
        scored(f, below, "8", "8", "5"); // 51 + 33 = 84 - 5 = 79 < 80
        scored(f, at, "8", "8", "4"); // 84 - 4 = 80 >= 80
        RoundResults results = f.calculate();
        assertThat(results.of(below).bonus()).isEqualByComparingTo("0");
        assertThat(results.of(below).rate().percent()).isEqualByComparingTo("79");
        assertThat(results.of(below).band().label()).isEqualTo("合格");
        assertThat(results.of(at).bonus()).isEqualByComparingTo("2.5");
        assertThat(results.of(at).rate().percent()).isEqualByComparingTo("82.5");
    }

    @Test
    void deductionsAreCappedPerItemAndTheBaseIsFlooredAtZero() {
        Fixture f = new Fixture().dimension("D1", "100", points("A", "10"),
                indicator("K1", "5", IndicatorKind.deduction(), null), indicator("K2", "1", IndicatorKind.deduction(), null));
        UnitId u = f.unit("U");
        f.score(u, "A", "0.2").violation(u, "K1", "3").violation(u, "K1", "3").violation(u, "K2", "2");
        UnitResult r = f.calculate().of(u);
        // total 2; deductions min(6, 5) + min(2, 1) = 6; base max(2 - 6, 0) = 0
        assertThat(r.weightedTotal()).isEqualByComparingTo("2");
        assertThat(r.deductions()).isEqualByComparingTo("6");
        assertThat(r.base()).isEqualByComparingTo("0");
        assertThat(r.rate().percent()).isEqualByComparingTo("0");
    }

    @Test
    void theRateIsClampedAtHundred() {
        Fixture f = new Fixture().dimension("D1", "100", points("A", "10"),
                indicator("X", "3", IndicatorKind.bonus(ScoreRate.of("90")), Aggregation.MEAN));
        UnitId u = f.unit("U");
        f.score(u, "A", "10").score(u, "X", "3");
        UnitResult r = f.calculate().of(u);
        assertThat(r.rate().percent()).isEqualTo(new BigDecimal("100.00"));
        ExplanationStep.Bonus bonus = (ExplanationStep.Bonus) r.explanation().get(5);
        assertThat(bonus.beforeClamp()).isEqualByComparingTo("103");
        assertThat(bonus.rate()).isEqualByComparingTo("100");
    }

    @Test
    void notApplicableIndicatorsLeaveTheDenominatorAndTheFactorIsKept() {
        // the State Council rule: a site without services is scored out of 75 and multiplied by 4/3
        Fixture f = new Fixture().dimension("D1", "100", points("SERVICES", "25"), points("REST", "75"));
        UnitId u = f.unit("U");
        f.notApplicable(u, "SERVICES").score(u, "REST", "60");
        UnitResult r = f.calculate().of(u);
        assertThat(r.pointsOfRecord(IndicatorCode.of("SERVICES"))).isNull();
        assertThat(r.dimensionRate(0)).isEqualByComparingTo("0.8");
        assertThat(r.rate().percent()).isEqualByComparingTo("80");
        ExplanationStep.DimensionRate d = r.dimensionRates().getFirst();
        assertThat(d.applicableMax()).isEqualByComparingTo("75");
        assertThat(d.fullMax()).isEqualByComparingTo("100");
        assertThat(d.notApplicableFactor()).isEqualTo(new BigDecimal("1.333333333333"));
    }

    @Test
    void aDimensionWithNothingApplicableLeavesTheSumAndTheWeightsAreScaledUp() {
        Fixture f = new Fixture().dimension("D1", "75", points("A", "10")).dimension("D2", "25", points("B", "10"));
        UnitId u = f.unit("U");
        f.score(u, "A", "9").notApplicable(u, "B");
        UnitResult r = f.calculate().of(u);
        // 0.9 x 75 = 67.5; factor 100 / 75 = 4/3; total 90
        assertThat(r.dimensionRate(1)).isNull();
        assertThat(r.applicableWeight()).isEqualByComparingTo("75");
        assertThat(r.weightFactor()).isEqualTo(new BigDecimal("1.333333333333"));
        assertThat(r.weightedTotal()).isEqualByComparingTo("90");
        assertThat(r.band().label()).isEqualTo("优秀");
    }

    @Test
    void onlyTheFinalRateIsRoundedHalfUpAndTheGradeUsesTheRoundedFigure() {
        Fixture f = new Fixture().dimension("D1", "100", points("A", "200"));
        UnitId halfway = f.unit("halfway");
        UnitId almost = f.unit("almost");
        f.score(halfway, "A", "179.01"); // 89.505 -> 89.51 (HALF_EVEN would give 89.50)
        f.score(almost, "A", "179.99"); // 89.995 -> 90.00 -> 优秀
        RoundResults results = f.calculate();
        assertThat(results.of(halfway).unroundedRate()).isEqualByComparingTo("89.505");
        assertThat(results.of(halfway).rate().percent()).isEqualTo(new BigDecimal("89.51"));
        assertThat(results.of(almost).rate().percent()).isEqualTo(new BigDecimal("90.00"));
        assertThat(results.of(almost).band().label()).isEqualTo("优秀");
    }

    @Test
    void theDisplayPrecisionIsTheRoundsOwn() {
        Fixture f = new Fixture().dimension("D1", "100", points("A", "200"));
        UnitId u = f.unit("U");
        f.score(u, "A", "179.01");
        f.precision = 1;
        assertThat(f.calculate().of(u).rate().percent()).isEqualTo(new BigDecimal("89.5"));
        f.precision = 0;
        assertThat(f.calculate().of(u).rate().percent()).isEqualTo(new BigDecimal("90"));
        f.precision = 7;
        assertRule(f::calculate, "result.precision-out-of-range", 7, 0, 6);
    }

    @Test
    void intermediateQuotientsCarryTwelveDecimals() {
        Fixture f = new Fixture().dimension("D1", "100", points("A", "3"));
        UnitId u = f.unit("U");
        f.score(u, "A", "1", "1", "2"); // mean 4/3
        UnitResult r = f.calculate().of(u);
        assertThat(r.pointsOfRecord(IndicatorCode.of("A"))).isEqualTo(new BigDecimal("1.333333333333"));
        assertThat(r.dimensionRate(0)).isEqualTo(new BigDecimal("0.444444444444"));
        assertThat(r.unroundedRate()).isEqualTo(new BigDecimal("44.444444444400"));
        assertThat(r.rate().percent()).isEqualTo(new BigDecimal("44.44"));
    }

    @Test
    void aVetoedUnitKeepsItsRateButGoesToTheLowestBandAndRanksLast() {
        Fixture f = twoDimensions();
        UnitId vetoed = f.unit("vetoed");
        UnitId weak = f.unit("weak");
        scored(f, vetoed, "10", "10");
        f.entries.removeIf(e -> e.unit().equals(vetoed) && e.indicator().value().equals("V"));
        f.veto(vetoed, "V", false);
        f.score(weak, "A", "1").measured(weak, "B", MeasuredValue.quantity("10")).score(weak, "C", "1", "1", "1")
                .veto(weak, "V", true).score(weak, "X", "0");
        RoundResults results = f.calculate();
        UnitResult v = results.of(vetoed);
        assertThat(v.vetoed()).isTrue();
        assertThat(v.rate().percent()).isGreaterThan(new BigDecimal("90"));
        assertThat(v.band().label()).isEqualTo("不合格");
        assertThat(v.vetoFailures()).extracting(ExplanationStep.VetoFailure::reason).containsExactly("serious error");
        assertThat(results.of(weak).rate()).isLessThan(v.rate());
        assertThat(results.ranked()).extracting(UnitResult::unitId).containsExactly(weak, vetoed);
        assertThat(v.rank()).isEqualTo(2);
    }

    @Test
    void rankingIsCompetitionRankingWithTiesInRegistryOrder() {
        Fixture f = new Fixture().dimension("D1", "100", points("A", "100"));
        UnitId a = f.unit("a");
        UnitId b = f.unit("b");
        UnitId c = f.unit("c");
        UnitId d = f.unit("d");
        f.score(a, "A", "70").score(b, "A", "85").score(c, "A", "90").score(d, "A", "85");
        RoundResults results = f.calculate();
        assertThat(results.ranked()).extracting(UnitResult::unitId).containsExactly(c, b, d, a);
        assertThat(results.ranked()).extracting(UnitResult::rank).containsExactly(1, 2, 2, 4);
        assertThat(results.inBand(results.scale().bands().get(1))).extracting(UnitResult::unitId).containsExactly(b, d);
    }

    @Test
    void missingAndTooFewScoresAreNamedErrorsNeverZero() {
        Fixture f = twoDimensions();
        UnitId u = f.unit("U1");
        f.score(u, "A", "8").measured(u, "B", MeasuredValue.quantity("90")).score(u, "C", "12", "15")
                .veto(u, "V", true).score(u, "X", "2");
        assertRule(f::calculate, "score.too-few", "U1", "C", "TRIMMED_MEAN", 2, 3);
        f.entries.removeIf(e -> e.indicator().value().equals("B"));
        assertRule(f::calculate, "score.missing", "U1", "B");
        Fixture g = twoDimensions();
        UnitId v = g.unit("U2");
        scored(g, v, "8", "9");
        g.entries.removeIf(e -> e.indicator().value().equals("V"));
        assertRule(g::calculate, "score.missing", "U2", "V");
    }

    @Test
    void aUnitWithNothingApplicableIsANamedError() {
        Fixture f = new Fixture().dimension("D1", "100", points("A", "10"));
        UnitId u = f.unit("U");
        UnitId other = f.unit("V");
        f.notApplicable(u, "A").score(other, "A", "5");
        RoundResults results = f.calculate();
        assertRule(() -> results.of(u), "result.nothing-applicable", "U");
        assertThat(results.unrated()).extracting(r -> r.unit().name()).containsExactly("U");
        assertThat(results.ranked()).extracting(UnitResult::unitId).containsExactly(other);
    }

    @Test
    void theExplanationListsTheStepsInPipelineOrderWithTheirFigures() {
        Fixture f = twoDimensions();
        UnitId u = f.unit("U1");
        scored(f, u, "8", "9", "2", "4.5");
        RoundResults results = f.calculate();
        List<ExplanationStep> steps = results.of(u).explanation();
        assertThat(steps).extracting(s -> s.getClass().getSimpleName()).containsExactly("VetoCheck", "PointsOfRecord",
                "DimensionRates", "WeightedTotal", "Deductions", "Bonus", "Rounding", "Band");
        ExplanationStep.PointsOfRecord por = (ExplanationStep.PointsOfRecord) steps.get(1);
        assertThat(por.lines()).extracting(ExplanationStep.IndicatorPoints::how)
                .containsExactly("MEAN", "LINEAR(target=100)", "TRIMMED_MEAN", "PASSED", "SUM_OF_VIOLATIONS_CAPPED", "MEAN");
        assertThat(por.lines().get(2).rawScores()).extracting(p -> p.toString())
                .containsExactly("12.00", "15.00", "18.00", "20.00");
        ExplanationStep.DimensionRates rates = (ExplanationStep.DimensionRates) steps.get(2);
        assertThat(rates.rates()).extracting(ExplanationStep.DimensionRate::shownPercent)
                .containsExactly(new BigDecimal("87.50"), new BigDecimal("82.50"));
        ExplanationStep.Deductions deductions = (ExplanationStep.Deductions) steps.get(4);
        assertThat(deductions.lines().getFirst().recorded()).isEqualByComparingTo("6.5");
        assertThat(deductions.lines().getFirst().applied()).isEqualByComparingTo("5");
        ExplanationStep.Bonus bonus = (ExplanationStep.Bonus) steps.get(5);
        assertThat(bonus.lines().getFirst().counted()).isTrue();
        ExplanationStep.Band band = (ExplanationStep.Band) steps.get(7);
        assertThat(band.label()).isEqualTo("良好");
        assertThat(band.interval()).isEqualTo("[80, 90)");
        assertThat(band.rank()).isEqualTo(1);
    }

    @Test
    void theSelfInspectionGapIsClaimedMinusVerifiedPerIndicatorAndInTotal() {
        Fixture f = new Fixture().dimension("D1", "100", points("A", "10"), points("B", "10"));
        UnitId u = f.unit("U");
        f.score(u, "A", "8", "9").selfInspection(u, "A", "10").score(u, "B", "6").selfInspection(u, "B", "5");
        SelfInspectionGap gap = f.calculate().of(u).selfInspectionGap();
        assertThat(gap.lines()).extracting(SelfInspectionGap.Line::gap).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("1.5"), new BigDecimal("-1"));
        assertThat(gap.total()).isEqualByComparingTo("0.5");
        // never summed: the rate uses the verified points only
        assertThat(f.calculate().of(u).rate().percent()).isEqualByComparingTo("72.5");
    }

    @Test
    void recalculatingOneUnitEqualsCalculatingEverythingAgain() {
        Fixture f = new Fixture().dimension("D1", "100", points("A", "100"));
        UnitId a = f.unit("a");
        UnitId b = f.unit("b");
        UnitId c = f.unit("c");
        f.score(a, "A", "70").score(b, "A", "85").score(c, "A", "90");
        com.pingyi.evaluation.domain.scheme.Scheme scheme = f.scheme();
        com.pingyi.evaluation.domain.score.ScoreBook book = com.pingyi.evaluation.domain.score.ScoreBook.of(scheme, f.entries);
        RoundResults before = ResultCalculator.calculate(scheme, f.scale, f.units, book, 2);
        book.record(new com.pingyi.evaluation.domain.score.ScoreEntry.Verified(a, IndicatorCode.of("A"),
                com.pingyi.evaluation.domain.score.ScorerId.of("s0"), com.pingyi.evaluation.domain.shared.Points.of(95)));
        RoundResults after = ResultCalculator.recalculate(before, book, f.units.getFirst());
        RoundResults full = ResultCalculator.calculate(scheme, f.scale, f.units, book, 2);
        assertThat(after.ranked()).extracting(UnitResult::unitId, UnitResult::rank, UnitResult::rate)
                .containsExactlyElementsOf(full.ranked().stream()
                        .map(r -> org.assertj.core.groups.Tuple.tuple(r.unitId(), r.rank(), r.rate())).toList());
        assertThat(after.of(a).rank()).isEqualTo(1);
        // the earlier results are untouched
        assertThat(before.of(a).rank()).isEqualTo(3);
        assertThat(before.of(c).rank()).isEqualTo(1);
    }

    @Test
    void anExactTieIsRoundedHalfUpFromTheExactValueNotFromTheTwelvePlaceFigure() {
        // 0.21 / 6 x 25 + 0.13 / 3 x 75 = 0.875 + 3.25 = 4.125 exactly; with 12-place dimension rates the
        // sum would be 0.875 + 0.043333333333 x 75 = 4.124999999975, which rounds to 4.12
        Fixture f = new Fixture().dimension("D1", "25", points("A", "6")).dimension("D2", "75", points("B", "3"));
        UnitId u = f.unit("U");
        f.score(u, "A", "0.21").score(u, "B", "0.13");
        UnitResult r = f.calculate().of(u);
        assertThat(r.dimensionRate(1)).isEqualTo(new BigDecimal("0.043333333333"));
        assertThat(r.unroundedRate()).isEqualTo(new BigDecimal("4.125000000000"));
        assertThat(r.rate().percent()).isEqualTo(new BigDecimal("4.13"));
    }

    @Test
    void aBaseExactlyAtTheBonusThresholdCountsTheBonusEvenWhenTwelvePlacesFallShort() {
        // base = 0.875 + 3.25 = 4.125 exactly: a bonus with threshold 4.125 counts
        Fixture f = new Fixture().dimension("D1", "25", points("A", "6"))
                .dimension("D2", "75", points("B", "3"), indicator("X", "1", IndicatorKind.bonus(ScoreRate.of("4.125")),
                        Aggregation.MEAN));
        UnitId u = f.unit("U");
        f.score(u, "A", "0.21").score(u, "B", "0.13").score(u, "X", "1");
        UnitResult r = f.calculate().of(u);
        assertThat(r.bonus()).isEqualByComparingTo("1");
        assertThat(r.rate().percent()).isEqualTo(new BigDecimal("5.13"));
    }
}
