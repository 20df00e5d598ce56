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

    /** Verified scores of all indicators in one array: indicator i owns data[offsets[i] .. offsets[i + 1]). */
    private long[] data;
    private ScorerId[] scorers;
    private final int[] offsets;
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
        // one slot per indicator to start with; an indicator that gets a second score grows to five
        data = new long[indicators];
        scorers = new ScorerId[indicators];
        offsets = new int[indicators + 1];
        for (int i = 0; i <= indicators; i++) {
            offsets[i] = i;
        }
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
        c.data = data.clone();
        c.scorers = scorers.clone();
        System.arraycopy(offsets, 0, c.offsets, 0, offsets.length);
        for (int i = 0; i < counts.length; i++) {
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
        int from = offsets[i];
        for (int k = from; k < from + counts[i]; k++) {
            if (scorers[k].equals(scorer)) {
                data[k] = value;
                return;
            }
        }
        if (counts[i] == offsets[i + 1] - from) {
            grow(i, Math.max(5, counts[i] * 2) - counts[i]);
        }
        data[offsets[i] + counts[i]] = value;
        scorers[offsets[i] + counts[i]] = scorer;
        counts[i]++;
    }

    /** Makes room for {@code extra} more scores of indicator i, moving the later indicators' slots up. */
    private void grow(int i, int extra) {
        int end = offsets[i + 1];
        long[] newData = new long[data.length + extra];
        ScorerId[] newScorers = new ScorerId[data.length + extra];
        System.arraycopy(data, 0, newData, 0, end);
        System.arraycopy(scorers, 0, newScorers, 0, end);
        System.arraycopy(data, end, newData, end + extra, data.length - end);
        System.arraycopy(scorers, end, newScorers, end + extra, data.length - end);
        data = newData;
        scorers = newScorers;
        for (int j = i + 1; j < offsets.length; j++) {
            offsets[j] += extra;
        }
    }

    boolean removeVerified(int i, ScorerId scorer) {
        int from = offsets[i];
        for (int k = from; k < from + counts[i]; k++) {
            if (scorers[k].equals(scorer)) {
                int last = from + counts[i] - 1;
                System.arraycopy(data, k + 1, data, k, last - k);
                System.arraycopy(scorers, k + 1, scorers, k, last - k);
                scorers[last] = null;
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

    /** A copy of the verified scores of indicator i, in hundredths. */
    public long[] centsOf(int i) {
        return java.util.Arrays.copyOfRange(data, offsets[i], offsets[i] + counts[i]);
    }

    /** The k-th verified score of indicator i, in hundredths. */
    public long centAt(int i, int k) {
        return data[offsets[i] + k];
    }

    public ScorerId scorerAt(int i, int k) {
        return scorers[offsets[i] + k];
    }

    /**
     * All verified scores of the unit in one array, for the calculator's hot loop: indicator i's
     * {@link #count} scores start at {@link #offset}. Read-only: do not modify.
     */
    public long[] data() {
        return data;
    }

    public int offset(int i) {
        return offsets[i];
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
