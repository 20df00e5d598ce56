package com.pingyi.evaluation.domain.result;

import com.pingyi.evaluation.domain.grade.GradeScale;
import com.pingyi.evaluation.domain.scheme.Aggregation;
import com.pingyi.evaluation.domain.scheme.Dimension;
import com.pingyi.evaluation.domain.scheme.DimensionCode;
import com.pingyi.evaluation.domain.scheme.EvaluationMethod;
import com.pingyi.evaluation.domain.scheme.Indicator;
import com.pingyi.evaluation.domain.scheme.IndicatorCode;
import com.pingyi.evaluation.domain.scheme.IndicatorKind;
import com.pingyi.evaluation.domain.scheme.MeasuredValue;
import com.pingyi.evaluation.domain.scheme.Scheme;
import com.pingyi.evaluation.domain.score.ScoreBook;
import com.pingyi.evaluation.domain.score.ScoreEntry;
import com.pingyi.evaluation.domain.score.ScorerId;
import com.pingyi.evaluation.domain.shared.Points;
import com.pingyi.evaluation.domain.shared.Weight;
import com.pingyi.evaluation.domain.unit.EvaluatedUnit;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.util.ArrayList;
import java.util.List;

/** A small scheme and score book built fluently for hand-worked examples. */
final class Fixture {

    final List<Dimension> dimensions = new ArrayList<>();
    final List<EvaluatedUnit> units = new ArrayList<>();
    final List<ScoreEntry> entries = new ArrayList<>();
    GradeScale scale = GradeScale.seedDefault();
    int precision = 2;

    static Indicator indicator(String code, String max, IndicatorKind kind, Aggregation aggregation) {
        return Indicator.of(code, "indicator " + code, max, EvaluationMethod.EXPERT_ONLINE_REVIEW, kind, aggregation);
    }

    static Indicator points(String code, String max) {
        return indicator(code, max, IndicatorKind.points(), Aggregation.MEAN);
    }

    Fixture dimension(String code, String weight, Indicator... indicators) {
        dimensions.add(new Dimension(DimensionCode.of(code), "dimension " + code, Weight.of(weight), List.of(indicators)));
        return this;
    }

    UnitId unit(String name) {
        EvaluatedUnit unit = EvaluatedUnit.of(UnitId.named(name), name);
        units.add(unit);
        return unit.id();
    }

    Fixture score(UnitId unit, String code, String... points) {
        for (int k = 0; k < points.length; k++) {
            entries.add(new ScoreEntry.Verified(unit, IndicatorCode.of(code), ScorerId.of("s" + k), Points.of(points[k])));
        }
        return this;
    }

    Fixture measured(UnitId unit, String code, MeasuredValue value) {
        entries.add(new ScoreEntry.Measured(unit, IndicatorCode.of(code), value));
        return this;
    }

    Fixture violation(UnitId unit, String code, String points) {
        entries.add(new ScoreEntry.Violation(unit, IndicatorCode.of(code), Points.of(points), "violation"));
        return this;
    }

    Fixture veto(UnitId unit, String code, boolean passed) {
        entries.add(new ScoreEntry.VetoOutcome(unit, IndicatorCode.of(code), passed, passed ? null : "serious error"));
        return this;
    }

    Fixture notApplicable(UnitId unit, String code) {
        entries.add(new ScoreEntry.NotApplicable(unit, IndicatorCode.of(code), "does not apply"));
        return this;
    }

    Fixture selfInspection(UnitId unit, String code, String points) {
        entries.add(new ScoreEntry.SelfInspected(unit, IndicatorCode.of(code), Points.of(points)));
        return this;
    }

    Scheme scheme() {
        return new Scheme(dimensions);
    }

    RoundResults calculate() {
        Scheme scheme = scheme();
        return ResultCalculator.calculate(scheme, scale, units, ScoreBook.of(scheme, entries), precision);
    }
}
