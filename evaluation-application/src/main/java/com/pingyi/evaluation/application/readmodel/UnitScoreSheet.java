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
 * version so that the screen can send its next command.
 */
public record UnitScoreSheet(RoundId round, RoundStatus status, long version, UnitId unit, String unitName,
        List<Line> lines) {

    public UnitScoreSheet {
        lines = List.copyOf(lines);
    }

    public Optional<Line> line(IndicatorCode code) {
        return lines.stream().filter(l -> l.code().equals(code)).findFirst();
    }

    /**
     * One indicator for the unit. {@code scoreOfRecord} is the aggregate of the verified scores
     * (hundredths, HALF_UP), empty while there are too few; {@code kind} is the kind's name (POINTS,
     * MEASURED, DEDUCTION, VETO, BONUS); absent facts are null.
     */
    public record Line(IndicatorCode code, String name, String dimensionName, Points max, EvaluationMethod method,
            String kind, List<RawScore> verified, BigDecimal scoreOfRecord, Points selfInspection, String measured,
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
