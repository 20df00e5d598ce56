package com.pingyi.evaluation.domain.score;

import com.pingyi.evaluation.domain.scheme.IndicatorCode;
import com.pingyi.evaluation.domain.scheme.MeasuredValue;
import com.pingyi.evaluation.domain.shared.Points;
import com.pingyi.evaluation.domain.shared.Texts;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.util.Objects;

/**
 * One recorded fact about a unit x indicator: the form in which scores are recorded, stored and
 * restored. Each kind of indicator accepts its own kind of entry.
 */
public sealed interface ScoreEntry {

    UnitId unit();

    IndicatorCode indicator();

    /** A verified score from one scorer (POINTS and BONUS indicators). */
    record Verified(UnitId unit, IndicatorCode indicator, ScorerId scorer, Points points) implements ScoreEntry {
        public Verified {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(indicator, "indicator");
            Objects.requireNonNull(scorer, "scorer");
            Objects.requireNonNull(points, "points");
        }
    }

    /** What the unit claimed in its self-inspection; kept beside the verified score, never summed with it. */
    record SelfInspected(UnitId unit, IndicatorCode indicator, Points points) implements ScoreEntry {
        public SelfInspected {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(indicator, "indicator");
            Objects.requireNonNull(points, "points");
        }
    }

    /** The measured value of a MEASURED indicator. */
    record Measured(UnitId unit, IndicatorCode indicator, MeasuredValue value) implements ScoreEntry {
        public Measured {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(indicator, "indicator");
            Objects.requireNonNull(value, "value");
        }
    }

    /** The outcome of a VETO indicator; a fail carries the reason shown with the result. */
    record VetoOutcome(UnitId unit, IndicatorCode indicator, boolean passed, String note) implements ScoreEntry {
        public VetoOutcome {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(indicator, "indicator");
            if (!passed) {
                note = Texts.required(note, "veto.reason-required", 500);
            }
        }
    }

    /** One recorded violation of a DEDUCTION indicator, with the points it costs. */
    record Violation(UnitId unit, IndicatorCode indicator, Points points, String note) implements ScoreEntry {
        public Violation {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(indicator, "indicator");
            Objects.requireNonNull(points, "points");
            note = Texts.required(note, "deduction.note-required", 500);
        }
    }

    /** The indicator does not apply to the unit; it leaves the denominator. */
    record NotApplicable(UnitId unit, IndicatorCode indicator, String reason) implements ScoreEntry {
        public NotApplicable {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(indicator, "indicator");
            reason = Texts.required(reason, "not-applicable.reason-required", 500);
        }
    }
}
