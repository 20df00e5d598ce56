package com.pingyi.evaluation.domain.round;

import com.pingyi.evaluation.domain.notice.Notice;
import com.pingyi.evaluation.domain.result.RoundResults;
import com.pingyi.evaluation.domain.result.UnitResult;
import com.pingyi.evaluation.domain.score.ScoreEntry;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.shared.ScoreRate;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One published version of a round: the notice as issued and every unit's standing (rate, band,
 * rank), frozen. Version 1 is the first publication; each correction is a new version with its
 * reason and the corrected entries. Earlier versions stay readable and never change. Plain data,
 * so the persistence adapter stores and restores it as it is.
 */
public record Publication(int version, LocalDate publishedOn, String correctionReason, List<ScoreEntry> corrections,
        List<Standing> standings, Notice notice) {

    /** A unit's standing in a published version. */
    public record Standing(UnitId unit, String unitName, ScoreRate rate, String band, int rank, boolean vetoed) {
    }

    public Publication {
        if (version < 1) {
            throw new DomainException("round.publication-unknown", version, 0);
        }
        Objects.requireNonNull(publishedOn, "publishedOn");
        corrections = corrections == null ? List.of() : List.copyOf(corrections);
        standings = List.copyOf(standings);
        Objects.requireNonNull(notice, "notice");
    }

    static Publication of(int version, LocalDate on, String reason, List<ScoreEntry> corrections, RoundResults results,
            Notice notice) {
        List<Standing> standings = results.ranked().stream().map(Publication::standing).toList();
        return new Publication(version, on, reason, corrections, standings, notice);
    }

    private static Standing standing(UnitResult r) {
        return new Standing(r.unitId(), r.unit().name(), r.rate(), r.band().label(), r.rank(), r.vetoed());
    }

    public boolean isCorrection() {
        return version > 1;
    }

    /** The unit's standing in this version. */
    public Standing standingOf(UnitId unit) {
        return standings.stream().filter(s -> s.unit().equals(unit)).findFirst()
                .orElseThrow(() -> new DomainException("result.unit-unknown", String.valueOf(unit)));
    }
}
