package com.pingyi.evaluation.domain.round;

import com.pingyi.evaluation.domain.grade.GradeScale;
import com.pingyi.evaluation.domain.result.ResultCalculator;
import com.pingyi.evaluation.domain.result.RoundResults;
import com.pingyi.evaluation.domain.scheme.DimensionCode;
import com.pingyi.evaluation.domain.scheme.IndicatorCode;
import com.pingyi.evaluation.domain.scheme.Scheme;
import com.pingyi.evaluation.domain.score.Completeness;
import com.pingyi.evaluation.domain.score.MissingScore;
import com.pingyi.evaluation.domain.score.ScoreBook;
import com.pingyi.evaluation.domain.score.ScoreEntry;
import com.pingyi.evaluation.domain.score.ScorerId;
import com.pingyi.evaluation.domain.score.Spread;
import com.pingyi.evaluation.domain.score.SpreadFlag;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.shared.Points;
import com.pingyi.evaluation.domain.unit.EvaluatedUnit;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The scheme of a round and the scores recorded against it, kept together because every score is
 * checked against the scheme and a new scheme means a new book. Part of {@link EvaluationRound}, which
 * checks the lifecycle before calling in here.
 */
final class RoundScores {

    private Scheme scheme;
    // Null exactly while the scheme is: there is nothing to check a score against yet.
    private ScoreBook book;

    /** As stored; each score is checked again against the stored scheme. */
    void restore(Scheme storedScheme, List<ScoreEntry> entries) {
        scheme = storedScheme;
        if (scheme != null) {
            book = ScoreBook.of(scheme, entries);
        }
    }

    void define(Scheme newScheme) {
        scheme = Objects.requireNonNull(newScheme, "scheme");
        book = new ScoreBook(newScheme);
    }

    /** The book is rebased first, so a scheme that recorded scores no longer fit leaves both unchanged. */
    void amend(Scheme amended) {
        book = book.rebase(amended);
        scheme = amended;
    }

    void record(ScoreEntry entry, RoundRoster roster) {
        roster.admit(entry, scheme);
        book.record(entry);
    }

    /** Tried on a copy, so that one refused entry leaves the book as it was. */
    void recordAll(List<? extends ScoreEntry> entries, RoundRoster roster) {
        ScoreBook trial = book.copy();
        List<RejectedEntriesException.Rejection> rejections = new ArrayList<>();
        for (int k = 0; k < entries.size(); k++) {
            ScoreEntry entry = entries.get(k);
            try {
                roster.admit(entry, scheme);
                trial.record(entry);
            } catch (DomainException e) {
                rejections.add(new RejectedEntriesException.Rejection(k, e));
            }
        }
        if (!rejections.isEmpty()) {
            throw new RejectedEntriesException(rejections, entries.size());
        }
        book = trial;
    }

    /** A corrected copy of the book, once its published version stands. */
    void adopt(ScoreBook corrected) {
        book = corrected;
    }

    boolean remove(UnitId unit, IndicatorCode indicator, ScorerId scorer) {
        return book.removeVerified(unit, indicator, scorer);
    }

    void markApplicable(UnitId unit, IndicatorCode indicator) {
        book.clearNotApplicable(unit, indicator);
    }

    void requireDimension(DimensionCode code) {
        if (scheme == null || scheme.dimensions().stream().noneMatch(d -> d.code().equals(code))) {
            throw new DomainException("scheme.dimension-unknown", String.valueOf(code));
        }
    }

    List<MissingScore> missing(List<EvaluatedUnit> active) {
        if (book == null) {
            return List.of();
        }
        return Completeness.check(book, active);
    }

    RoundResults results(GradeScale scale, List<EvaluatedUnit> active, int precision) {
        if (scheme == null) {
            throw new DomainException("round.open.needs-scheme");
        }
        return ResultCalculator.calculate(scheme, scale, active, book, precision);
    }

    RoundResults recalculate(RoundResults previous, EvaluatedUnit changed) {
        return ResultCalculator.recalculate(previous, book, changed);
    }

    List<SpreadFlag> spreadFlags(List<EvaluatedUnit> active, Points limit) {
        return book == null ? List.of() : Spread.flags(book, active, limit);
    }

    Scheme scheme() {
        return scheme;
    }

    /** The live book, for composing a notice; never handed outside the round. */
    ScoreBook book() {
        return book;
    }

    ScoreBook readOnlyView() {
        if (book == null) {
            throw new DomainException("round.open.needs-scheme");
        }
        return book.readOnlyView();
    }

    List<ScoreEntry> entries() {
        return book == null ? List.of() : book.entries();
    }
}
