package com.pingyi.evaluation.domain.score;

import com.pingyi.evaluation.domain.scheme.MeasuredValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Everything recorded for one unit, indexed by the scheme's indicator index, in exact longs
 * (hundredths of a point). Read-only outside this package: the arrays handed out must not be changed.
 */
public final class UnitSheet {

    private static final long NONE = -1;

    private final ScorerId[][] scorers;
    private final long[][] cents;
    private final int[] counts;
    private final long[] selfCents;
    private final MeasuredValue[] measured;
    private final long[] measuredPoints;
    private final Boolean[] vetoPassed;
    private final String[] vetoNotes;
    private final List<List<ScoreEntry.Violation>> violations;
    private final long[] deductionCents;
    private final String[] notApplicable;

    UnitSheet(int indicators) {
        scorers = new ScorerId[indicators][];
        cents = new long[indicators][];
        counts = new int[indicators];
        selfCents = new long[indicators];
        Arrays.fill(selfCents, NONE);
        measured = new MeasuredValue[indicators];
        measuredPoints = new long[indicators];
        vetoPassed = new Boolean[indicators];
        vetoNotes = new String[indicators];
        violations = new ArrayList<>(indicators);
        for (int i = 0; i < indicators; i++) {
            violations.add(null);
        }
        deductionCents = new long[indicators];
        notApplicable = new String[indicators];
    }

    UnitSheet copy() {
        UnitSheet c = new UnitSheet(counts.length);
        for (int i = 0; i < counts.length; i++) {
            c.scorers[i] = scorers[i] == null ? null : scorers[i].clone();
            c.cents[i] = cents[i] == null ? null : cents[i].clone();
            c.violations.set(i, violations.get(i) == null ? null : new ArrayList<>(violations.get(i)));
        }
        System.arraycopy(counts, 0, c.counts, 0, counts.length);
        System.arraycopy(selfCents, 0, c.selfCents, 0, counts.length);
        System.arraycopy(measured, 0, c.measured, 0, counts.length);
        System.arraycopy(measuredPoints, 0, c.measuredPoints, 0, counts.length);
        System.arraycopy(vetoPassed, 0, c.vetoPassed, 0, counts.length);
        System.arraycopy(vetoNotes, 0, c.vetoNotes, 0, counts.length);
        System.arraycopy(deductionCents, 0, c.deductionCents, 0, counts.length);
        System.arraycopy(notApplicable, 0, c.notApplicable, 0, counts.length);
        return c;
    }

    void putVerified(int i, ScorerId scorer, long value) {
        if (cents[i] == null) {
            cents[i] = new long[4];
            scorers[i] = new ScorerId[4];
        }
        for (int k = 0; k < counts[i]; k++) {
            if (scorers[i][k].equals(scorer)) {
                cents[i][k] = value;
                return;
            }
        }
        if (counts[i] == cents[i].length) {
            cents[i] = Arrays.copyOf(cents[i], counts[i] * 2);
            scorers[i] = Arrays.copyOf(scorers[i], counts[i] * 2);
        }
        cents[i][counts[i]] = value;
        scorers[i][counts[i]] = scorer;
        counts[i]++;
    }

    boolean removeVerified(int i, ScorerId scorer) {
        for (int k = 0; k < counts[i]; k++) {
            if (scorers[i][k].equals(scorer)) {
                System.arraycopy(cents[i], k + 1, cents[i], k, counts[i] - k - 1);
                System.arraycopy(scorers[i], k + 1, scorers[i], k, counts[i] - k - 1);
                counts[i]--;
                return true;
            }
        }
        return false;
    }

    void putSelf(int i, long value) {
        selfCents[i] = value;
    }

    void putMeasured(int i, MeasuredValue value, long points) {
        measured[i] = value;
        measuredPoints[i] = points;
    }

    void putVeto(int i, boolean passed, String note) {
        vetoPassed[i] = passed;
        vetoNotes[i] = note;
    }

    void addViolation(int i, ScoreEntry.Violation violation) {
        if (violations.get(i) == null) {
            violations.set(i, new ArrayList<>());
        }
        violations.get(i).add(violation);
        deductionCents[i] = Math.addExact(deductionCents[i], violation.points().cents());
    }

    void putNotApplicable(int i, String reason) {
        notApplicable[i] = reason;
    }

    /** Number of verified scores of the indicator. */
    public int count(int i) {
        return counts[i];
    }

    /** The verified scores in hundredths (only the first {@link #count} are meaningful). Do not modify. */
    public long[] centsOf(int i) {
        return cents[i] == null ? new long[0] : cents[i];
    }

    public ScorerId scorerAt(int i, int k) {
        return scorers[i][k];
    }

    public boolean hasSelfInspection(int i) {
        return selfCents[i] != NONE;
    }

    public long selfInspectionCents(int i) {
        return selfCents[i];
    }

    public MeasuredValue measured(int i) {
        return measured[i];
    }

    /** The points of the measured value by the indicator's rule, unscaled at 12 places (valid when measured). */
    public long measuredPoints(int i) {
        return measuredPoints[i];
    }

    /** {@code null} when no outcome is recorded. */
    public Boolean vetoPassed(int i) {
        return vetoPassed[i];
    }

    public String vetoNote(int i) {
        return vetoNotes[i];
    }

    /** Sum of the recorded violations' points (uncapped), in hundredths. */
    public long deductionCents(int i) {
        return deductionCents[i];
    }

    public List<ScoreEntry.Violation> violations(int i) {
        return violations.get(i) == null ? List.of() : List.copyOf(violations.get(i));
    }

    public boolean isNotApplicable(int i) {
        return notApplicable[i] != null;
    }

    public String notApplicableReason(int i) {
        return notApplicable[i];
    }

    int size() {
        return counts.length;
    }
}
