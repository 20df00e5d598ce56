package com.pingyi.evaluation.application.readmodel;

import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.round.RoundStatus;
import com.pingyi.evaluation.domain.scheme.EvaluationMethod;
import com.pingyi.evaluation.domain.scheme.IndicatorCode;
import com.pingyi.evaluation.domain.score.ScorerId;
import com.pingyi.evaluation.domain.shared.Points;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What is recorded for one unit of a round, in the scheme's order, and the round's status and
 * version so that the screen can send its next command. {@code unit} and {@code unitName} are null
 * (and there are no lines) only when the round has no unit taking part yet. {@code scorers}: the
 * round's registered scorers and every scorer id already used in it, in order.
 */
public record UnitScoreSheet(RoundId round, RoundStatus status, long version, UnitId unit, String unitName,
        List<Line> lines, List<RoundUnit> units, List<ScorerId> scorers) {

    public UnitScoreSheet {
        lines = List.copyOf(lines);
        units = List.copyOf(units);
        scorers = List.copyOf(scorers);
    }

    /** One unit of the round still taking part, in registry order: where the screen can go next. */
    public record RoundUnit(UnitId id, String name) {
    }

    public Optional<Line> line(IndicatorCode code) {
        return lines.stream().filter(l -> l.code().equals(code)).findFirst();
    }

    /**
     * One indicator for the unit. {@code scoreOfRecord} is the aggregate of the verified scores
     * (hundredths, HALF_UP), empty while there are too few; {@code kind} is the kind's name (POINTS,
     * MEASURED, DEDUCTION, VETO, BONUS); {@code yesNo} when a MEASURED value is a yes/no; absent
     * facts are null.
     */
    public record Line(IndicatorCode code, String name, String dimensionName, Points max, EvaluationMethod method,
            String kind, boolean yesNo, List<RawScore> verified, BigDecimal scoreOfRecord, Points selfInspection, String measured,
            Boolean vetoPassed, String vetoNote, List<Points> violations, String notApplicableReason,
            boolean spreadFlagged) {

        public Line {
            verified = List.copyOf(verified);
            violations = List.copyOf(violations);
        }

        public boolean notApplicable() {
            return notApplicableReason != null;
        }

        /** Self-inspection points minus the score of record, when both exist. */
        public Optional<BigDecimal> selfInspectionGap() {
            return selfInspection == null || scoreOfRecord == null ? Optional.empty()
                    : Optional.of(selfInspection.value().subtract(scoreOfRecord));
        }
    }

    /** One scorer's verified score. */
    public record RawScore(ScorerId scorer, Points points) {
    }
}
