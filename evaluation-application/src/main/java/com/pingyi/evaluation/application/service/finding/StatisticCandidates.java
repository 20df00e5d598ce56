package com.pingyi.evaluation.application.service.finding;

import com.pingyi.evaluation.domain.finding.Comparison;
import com.pingyi.evaluation.domain.finding.Statistic;
import com.pingyi.evaluation.domain.scheme.Indicator;
import com.pingyi.evaluation.domain.scheme.IndicatorKind;
import com.pingyi.evaluation.domain.scheme.MeasuredRule;
import com.pingyi.evaluation.domain.scheme.MeasuredValue;
import com.pingyi.evaluation.domain.scheme.Scheme;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The statistics worth offering for a scheme's MEASURED indicators. A rule turns on one value (the
 * LINEAR target, the AT_LEAST or AT_MOST threshold, yes or no), so that value is the reference, and
 * the comparisons offered are those that split the units along the rule: who reached it exactly
 * ("主动公开率为100%", "零误差"), who earned the points, who did not.
 */
final class StatisticCandidates {

    private StatisticCandidates() {
    }

    static List<Statistic> of(Scheme scheme) {
        List<Statistic> candidates = new ArrayList<>();
        for (Indicator indicator : scheme.indicators()) {
            if (indicator.kind() instanceof IndicatorKind.Measured(MeasuredRule rule)) {
                switch (rule) {
                    case MeasuredRule.Linear(BigDecimal target) ->
                            add(candidates, indicator, target, Comparison.EQUAL, Comparison.AT_LEAST, Comparison.BELOW);
                    case MeasuredRule.AtLeast(BigDecimal threshold) ->
                            add(candidates, indicator, threshold, Comparison.AT_LEAST, Comparison.BELOW, Comparison.EQUAL);
                    case MeasuredRule.AtMost(BigDecimal threshold) ->
                            add(candidates, indicator, threshold, Comparison.EQUAL, Comparison.AT_MOST, Comparison.ABOVE);
                    case MeasuredRule.YesNoRule yesNo -> {
                        candidates.add(new Statistic(indicator.code(), Comparison.EQUAL, MeasuredValue.yes()));
                        candidates.add(new Statistic(indicator.code(), Comparison.EQUAL, MeasuredValue.no()));
                    }
                }
            }
        }
        return candidates;
    }

    private static void add(List<Statistic> candidates, Indicator indicator, BigDecimal reference, Comparison... comparisons) {
        for (Comparison comparison : comparisons) {
            candidates.add(new Statistic(indicator.code(), comparison, new MeasuredValue.Quantity(reference)));
        }
    }
}
