package com.pingyi.evaluation.domain.score;

import com.pingyi.evaluation.domain.scheme.Indicator;
import com.pingyi.evaluation.domain.scheme.IndicatorKind;
import com.pingyi.evaluation.domain.unit.EvaluatedUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Rule {@code EveryRequiredScoreMustBeRecorded}: every applicable indicator of every unit has what its
 * kind needs. POINTS and BONUS need at least the aggregation's minimum count of verified scores;
 * MEASURED a measured value; VETO an outcome. DEDUCTION needs nothing (no violation, no deduction).
 */
public final class Completeness {

    private Completeness() {
    }

    /** Every gap, unit by unit in registry order, indicator by indicator in scheme order. */
    public static List<MissingScore> check(ScoreBook book, List<EvaluatedUnit> units) {
        List<MissingScore> missing = new ArrayList<>();
        List<Indicator> indicators = book.scheme().indicators();
        for (EvaluatedUnit unit : units) {
            UnitSheet s = book.sheetOf(unit.id());
            for (int i = 0; i < indicators.size(); i++) {
                if (s.isNotApplicable(i)) {
                    continue;
                }
                Indicator indicator = indicators.get(i);
                boolean present = switch (indicator.kind()) {
                    case IndicatorKind.Scored p -> s.count(i) > 0;
                    case IndicatorKind.Bonus b -> s.count(i) > 0;
                    case IndicatorKind.Measured m -> s.measured(i) != null;
                    case IndicatorKind.Veto v -> s.vetoPassed(i) != null;
                    case IndicatorKind.Deduction d -> true;
                };
                if (!present) {
                    missing.add(new MissingScore(unit.id(), unit.name(), indicator.code(), MissingScore.Problem.MISSING,
                            0, 1));
                } else if (indicator.kind().scoredByScorers() && s.count(i) < indicator.aggregation().minimumCount()) {
                    missing.add(new MissingScore(unit.id(), unit.name(), indicator.code(), MissingScore.Problem.TOO_FEW,
                            s.count(i), indicator.aggregation().minimumCount()));
                }
            }
        }
        return missing;
    }
}
