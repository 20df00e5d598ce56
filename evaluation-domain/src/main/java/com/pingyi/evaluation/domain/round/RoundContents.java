package com.pingyi.evaluation.domain.round;

import com.pingyi.evaluation.domain.finding.Finding;
import com.pingyi.evaluation.domain.finding.RectificationItem;
import com.pingyi.evaluation.domain.grade.GradeScale;
import com.pingyi.evaluation.domain.notice.NoticeSettings;
import com.pingyi.evaluation.domain.scheme.Scheme;
import com.pingyi.evaluation.domain.score.ScoreEntry;
import com.pingyi.evaluation.domain.shared.Points;
import com.pingyi.evaluation.domain.unit.EvaluatedUnit;
import com.pingyi.evaluation.domain.unit.Withdrawal;
import java.util.List;

/**
 * Everything a round holds besides its id, year, title, status and version: what the persistence
 * mapper stores and hands back to {@link EvaluationRound#restore(RoundId, EvaluationYear, String,
 * RoundStatus, long, RoundContents)}. Publications are restored as they were published.
 */
public record RoundContents(Scheme scheme, GradeScale scale, int displayPrecision, Points spreadLimit,
        List<EvaluatedUnit> units, List<Withdrawal> withdrawals, List<ScoreEntry> scores, List<Finding> findings,
        List<RectificationItem> rectifications, List<RectificationItem> carriedRectifications,
        List<Amendment> amendments, NoticeSettings noticeSettings, List<Publication> publications,
        RoundId clonedFrom, List<com.pingyi.evaluation.domain.score.Scorer> scorers) {

    public RoundContents {
        units = units == null ? List.of() : List.copyOf(units);
        withdrawals = withdrawals == null ? List.of() : List.copyOf(withdrawals);
        scores = scores == null ? List.of() : List.copyOf(scores);
        findings = findings == null ? List.of() : List.copyOf(findings);
        rectifications = rectifications == null ? List.of() : List.copyOf(rectifications);
        carriedRectifications = carriedRectifications == null ? List.of() : List.copyOf(carriedRectifications);
        amendments = amendments == null ? List.of() : List.copyOf(amendments);
        publications = publications == null ? List.of() : List.copyOf(publications);
        scorers = scorers == null ? List.of() : List.copyOf(scorers);
    }
}
