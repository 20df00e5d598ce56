package com.pingyi.evaluation.domain.result;

import com.pingyi.evaluation.domain.round.EvaluationYear;
import com.pingyi.evaluation.domain.shared.ScoreRate;
import com.pingyi.evaluation.domain.unit.EvaluatedUnit;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A unit's rate, band and rank across years. A unit keeps its id across rounds; where it is missing
 * from an earlier year, its predecessors (the units it succeeded, e.g. after a district merger)
 * stand in for it.
 */
public final class YearOverYear {

    private YearOverYear() {
    }

    /** One year's figures for the unit, found under its own id or one of its predecessors. */
    public record YearFigures(EvaluationYear year, UnitId foundAs, String nameThatYear, ScoreRate rate, String band,
            int rank, int unitsRanked) {
    }

    /** A year and its results. */
    public record YearResults(EvaluationYear year, RoundResults results) {
    }

    /** The unit's figures in every given year where it (or a predecessor) has a result, oldest first. */
    public static List<YearFigures> history(EvaluatedUnit unit, List<YearResults> years) {
        List<YearFigures> out = new ArrayList<>();
        List<YearResults> sorted = new ArrayList<>(years);
        sorted.sort((a, b) -> a.year().compareTo(b.year()));
        for (YearResults y : sorted) {
            Optional<UnitResult> r = y.results().find(unit.id());
            if (r.isEmpty()) {
                r = unit.predecessors().stream().map(p -> y.results().find(p)).flatMap(Optional::stream).findFirst();
            }
            r.ifPresent(res -> out.add(new YearFigures(y.year(), res.unitId(), res.unit().name(), res.rate(),
                    res.band().label(), res.rank(), y.results().size())));
        }
        return out;
    }

    /** The change in rate (percentage points) between two years' figures: later - earlier. */
    public static BigDecimal rateChange(YearFigures earlier, YearFigures later) {
        return later.rate().percent().subtract(earlier.rate().percent());
    }
}
