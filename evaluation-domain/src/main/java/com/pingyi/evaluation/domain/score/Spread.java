package com.pingyi.evaluation.domain.score;

import com.pingyi.evaluation.domain.scheme.Indicator;
import com.pingyi.evaluation.domain.shared.Decimals;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.shared.Points;
import com.pingyi.evaluation.domain.unit.EvaluatedUnit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Expert spread: the population standard deviation sqrt(sum((x - mean)^2) / n) of the verified scores
 * of one unit x indicator. Rule {@code WideExpertSpreadIsFlagged}: a spread strictly above the
 * limit is flagged. The comparison is exact in longs (n*sum(x^2) - (sum x)^2 > n^2 * limit^2);
 * the square root (BigDecimal, 24 significant digits, shown at 12 places) is taken only for display.
 */
public final class Spread {

    private Spread() {
    }

    public static BigDecimal standardDeviation(List<Points> scores) {
        if (scores.isEmpty()) {
            throw new DomainException("spread.needs-scores");
        }
        long[] cents = scores.stream().mapToLong(Points::cents).toArray();
        return standardDeviation(cents, cents.length);
    }

    static BigDecimal standardDeviation(long[] cents, int n) {
        long sum = 0;
        long sumSq = 0;
        for (int k = 0; k < n; k++) {
            sum += cents[k];
            sumSq += cents[k] * cents[k];
        }
        // variance in cents^2 = (n*sumSq - sum^2) / n^2 ; points = cents / 100
        BigDecimal numerator = BigDecimal.valueOf(n).multiply(BigDecimal.valueOf(sumSq))
                .subtract(BigDecimal.valueOf(sum).multiply(BigDecimal.valueOf(sum)));
        BigDecimal variance = numerator.divide(BigDecimal.valueOf((long) n * n * 10_000L), Decimals.SQRT_CONTEXT);
        return variance.sqrt(Decimals.SQRT_CONTEXT).setScale(Decimals.INTERMEDIATE_SCALE, Decimals.ROUNDING);
    }

    /** Every unit x indicator with at least two verified scores whose spread exceeds the limit. */
    public static List<SpreadFlag> flags(ScoreBook book, List<EvaluatedUnit> units, Points limit) {
        List<SpreadFlag> flags = new ArrayList<>();
        List<Indicator> indicators = book.scheme().indicators();
        long limitCents = limit.cents();
        for (EvaluatedUnit unit : units) {
            UnitSheet s = book.sheetOf(unit.id());
            for (int i = 0; i < indicators.size(); i++) {
                int n = s.count(i);
                if (n < 2) {
                    continue;
                }
                long[] c = s.centsOf(i);
                long sum = 0;
                long sumSq = 0;
                for (int k = 0; k < n; k++) {
                    sum += c[k];
                    sumSq += c[k] * c[k];
                }
                // c is a copy holding exactly the n scores
                if ((long) n * sumSq - sum * sum > (long) n * n * limitCents * limitCents) {
                    List<Points> scores = new ArrayList<>();
                    for (int k = 0; k < n; k++) {
                        scores.add(Points.ofCents(c[k]));
                    }
                    flags.add(new SpreadFlag(unit.id(), indicators.get(i).code(), scores, standardDeviation(c, n), limit));
                }
            }
        }
        return flags;
    }
}
