package com.pingyi.evaluation.persistence.round;

import com.pingyi.evaluation.domain.scheme.IndicatorCode;
import com.pingyi.evaluation.domain.scheme.MeasuredValue;
import com.pingyi.evaluation.domain.score.ScoreEntry;
import com.pingyi.evaluation.domain.score.ScorerId;
import com.pingyi.evaluation.domain.shared.Points;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * One row of {@code score_entry} (or of {@code round_publication_correction}): a score entry in
 * typed columns. Written by hand rather than with MapStruct: ScoreEntry is a sealed interface of six
 * records, and a pattern-matching switch is the one place the compiler checks that every kind is
 * stored; a mapper would hide that behind generated subclass mappings.
 */
record ScoreRow(Key key, int position, BigDecimal points, BigDecimal measured, Boolean measuredYes, Boolean vetoPassed,
        String note) {

    /** The primary key within a round: unit, indicator, kind of entry, and the scorer or violation ordinal. */
    record Key(UUID unit, String indicator, String kind, String entryKey) {
    }

    static final String VERIFIED = "VERIFIED";
    static final String SELF_INSPECTED = "SELF_INSPECTED";
    static final String MEASURED = "MEASURED";
    static final String VETO = "VETO";
    static final String VIOLATION = "VIOLATION";
    static final String NOT_APPLICABLE = "NOT_APPLICABLE";

    /** The row of an entry; {@code ordinal} is the position of a verified score or violation in its unit x indicator. */
    static ScoreRow of(ScoreEntry entry, int ordinal) {
        UUID unit = entry.unit().value();
        String indicator = entry.indicator().value();
        return switch (entry) {
            case ScoreEntry.Verified v -> new ScoreRow(new Key(unit, indicator, VERIFIED, v.scorer().value()), ordinal,
                    v.points().value(), null, null, null, null);
            case ScoreEntry.SelfInspected s -> new ScoreRow(new Key(unit, indicator, SELF_INSPECTED, ""), 0,
                    s.points().value(), null, null, null, null);
            case ScoreEntry.Measured m -> switch (m.value()) {
                case MeasuredValue.Quantity(BigDecimal q) -> new ScoreRow(new Key(unit, indicator, MEASURED, ""), 0, null,
                        q, null, null, null);
                case MeasuredValue.YesNo(boolean yes) -> new ScoreRow(new Key(unit, indicator, MEASURED, ""), 0, null, null,
                        yes, null, null);
            };
            case ScoreEntry.VetoOutcome o -> new ScoreRow(new Key(unit, indicator, VETO, ""), 0, null, null, null,
                    o.passed(), o.note());
            case ScoreEntry.Violation v -> new ScoreRow(new Key(unit, indicator, VIOLATION, Integer.toString(ordinal)),
                    ordinal, v.points().value(), null, null, null, v.note());
            case ScoreEntry.NotApplicable n -> new ScoreRow(new Key(unit, indicator, NOT_APPLICABLE, ""), 0, null, null,
                    null, null, n.reason());
        };
    }

    ScoreRow withPosition(int newPosition) {
        return newPosition == position ? this : new ScoreRow(key, newPosition, points, measured, measuredYes, vetoPassed, note);
    }

    ScoreEntry toEntry(UnitId unit, IndicatorCode indicator, java.util.function.Function<String, ScorerId> scorers) {
        return switch (key.kind()) {
            case VERIFIED -> new ScoreEntry.Verified(unit, indicator, scorers.apply(key.entryKey()), new Points(points));
            case SELF_INSPECTED -> new ScoreEntry.SelfInspected(unit, indicator, new Points(points));
            case MEASURED -> new ScoreEntry.Measured(unit, indicator,
                    measured != null ? new MeasuredValue.Quantity(measured) : new MeasuredValue.YesNo(measuredYes));
            case VETO -> new ScoreEntry.VetoOutcome(unit, indicator, vetoPassed, note);
            case VIOLATION -> new ScoreEntry.Violation(unit, indicator, new Points(points), note);
            case NOT_APPLICABLE -> new ScoreEntry.NotApplicable(unit, indicator, note);
            default -> throw new IllegalStateException("unknown kind of score entry " + key.kind());
        };
    }

    ScoreEntry toEntry() {
        return toEntry(new UnitId(key.unit()), IndicatorCode.of(key.indicator()), ScorerId::of);
    }
}
