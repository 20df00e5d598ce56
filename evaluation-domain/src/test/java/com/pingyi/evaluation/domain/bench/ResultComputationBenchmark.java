package com.pingyi.evaluation.domain.bench;

import com.pingyi.evaluation.domain.demo.SyntheticRound;
import com.pingyi.evaluation.domain.result.RoundResults;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.score.ScoreEntry;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.util.Arrays;
import java.util.List;

/**
 * Harness for quality.md P1 and P2 (not a test: no timing is ever asserted). Builds the synthetic
 * national round (3,000 units x 150 indicators, about a million scores) and times, in the same run,
 * side by side:
 * <ul>
 *   <li>baseline: a plain loop summing the same scores from a long array (hundredths of a point);</li>
 *   <li>P1: computing every result (aggregation, pipeline, ranks, bands);</li>
 *   <li>P2: recomputing after one unit's score changed (that unit and the ranking).</li>
 * </ul>
 * Run: see docs/benchmarks/result-computation.md. The machine is shared and noisy: the ratio to the
 * baseline is the figure that matters.
 */
public final class ResultComputationBenchmark {

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        long t0 = System.nanoTime();
        EvaluationRound round = SyntheticRound.national(1);
        System.out.printf("built the national round in %d ms: %d units, %d scores%n",
                (System.nanoTime() - t0) / 1_000_000, round.units().size(), round.scores().entries().size());

        long[] cents = round.scores().entries().stream()
                .filter(ScoreEntry.Verified.class::isInstance)
                .mapToLong(e -> ((ScoreEntry.Verified) e).points().value().movePointRight(2).longValueExact())
                .toArray();
        List<UnitId> units = round.units().stream().map(u -> u.id()).toList();

        double[] baseline = new double[rounds];
        double[] full = new double[rounds];
        double[] single = new double[rounds];
        long sink = 0;
        RoundResults results = round.results();
        for (int warmUp = 0; warmUp < 5; warmUp++) {
            sink += sum(cents);
            results = round.results();
            results = round.recalculate(results, units.get(warmUp));
        }
        for (int i = 0; i < rounds; i++) {
            long a = System.nanoTime();
            sink += sum(cents);
            long b = System.nanoTime();
            results = round.results();
            long c = System.nanoTime();
            results = round.recalculate(results, units.get((i * 97) % units.size()));
            long d = System.nanoTime();
            baseline[i] = (b - a) / 1e6;
            full[i] = (c - b) / 1e6;
            single[i] = (d - c) / 1e6;
        }
        double base = median(baseline);
        double p1 = median(full);
        double p2 = median(single);
        System.out.printf("baseline  plain long-array sum of %d scores: median %.2f ms%n", cents.length, base);
        System.out.printf("P1 all results of the national round:        median %.2f ms (%.1fx the baseline; target <= 100 ms and <= 20x)%n",
                p1, p1 / base);
        System.out.printf("P2 one unit recomputed and re-ranked:        median %.3f ms (target <= 2 ms)%n", p2);
        System.out.printf("(%d measured runs after 5 warm-up runs; checksum %d, first rank %d)%n", rounds, sink,
                results.ranked().getFirst().rank());
    }

    private static long sum(long[] cents) {
        long total = 0;
        for (long c : cents) {
            total += c;
        }
        return total;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
