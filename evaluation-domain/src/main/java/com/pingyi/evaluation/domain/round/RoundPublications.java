package com.pingyi.evaluation.domain.round;

import com.pingyi.evaluation.domain.finding.Finding;
import com.pingyi.evaluation.domain.grade.GradeScale;
import com.pingyi.evaluation.domain.notice.Notice;
import com.pingyi.evaluation.domain.notice.NoticeComposer;
import com.pingyi.evaluation.domain.notice.NoticeCrossCheck;
import com.pingyi.evaluation.domain.notice.NoticeSettings;
import com.pingyi.evaluation.domain.result.ResultCalculator;
import com.pingyi.evaluation.domain.result.RoundResults;
import com.pingyi.evaluation.domain.scheme.Scheme;
import com.pingyi.evaluation.domain.score.ScoreBook;
import com.pingyi.evaluation.domain.score.ScoreEntry;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.shared.Texts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The published versions of a round and how each is composed. Part of {@link EvaluationRound}, which
 * checks the lifecycle and moves the status; a published version is never changed afterwards, so a
 * correction always adds a version.
 */
final class RoundPublications {

    /**
     * What a notice is composed from besides the scores and its date. The round hands it over as it
     * stands, so that composing needs no way back into the root.
     */
    record Basis(NoticeSettings settings, EvaluationYear year, Scheme scheme, GradeScale scale, int precision,
            RoundRoster roster, List<Finding> findings) {

        /** Checked first, so a round without settings is told so rather than failing on a later step. */
        void requireSettings() {
            if (settings == null) {
                throw new DomainException("round.publish.needs-notice-settings");
            }
        }

        RoundResults results(ScoreBook book) {
            return ResultCalculator.calculate(scheme, scale, roster.active(), book, precision);
        }

        Notice notice(RoundResults results, ScoreBook book, LocalDate on) {
            return NoticeComposer.compose(new NoticeComposer.Inputs(settings, year, results, roster.all(),
                    roster.withdrawals(), findings, book, on));
        }
    }

    /** A correction's new version, and the corrected scores the round keeps from then on. */
    record Corrected(Publication publication, ScoreBook scores) {
    }

    private final List<Publication> versions = new ArrayList<>();

    /** As stored: a published version is evidence of what was published, so it is never recomposed. */
    void restore(List<Publication> stored) {
        versions.addAll(stored);
    }

    Publication first(Basis basis, LocalDate on, ScoreBook scores) {
        Publication publication = compose(basis, 1, on, null, List.of(), scores);
        versions.add(publication);
        return publication;
    }

    /**
     * The corrections are tried on a copy, so that a refused one leaves the scores of the latest
     * published version untouched.
     */
    Corrected correct(Basis basis, String reason, LocalDate on, List<ScoreEntry> corrections, ScoreBook scores) {
        String why = Texts.required(reason, "round.reason-required", 1000);
        if (corrections == null || corrections.isEmpty()) {
            throw new DomainException("round.correction.needs-changes");
        }
        ScoreBook corrected = scores.copy();
        for (ScoreEntry entry : corrections) {
            basis.roster().requireActive(entry.unit());
            corrected.record(entry);
        }
        Publication publication = compose(basis, versions.size() + 1, on, why, corrections, corrected);
        versions.add(publication);
        return new Corrected(publication, corrected);
    }

    private static Publication compose(Basis basis, int number, LocalDate on, String reason,
            List<ScoreEntry> corrections, ScoreBook book) {
        basis.requireSettings();
        RoundResults results = basis.results(book);
        Notice notice = basis.notice(results, book, Objects.requireNonNull(on, "on"));
        // Unlike a preview, a published notice must name every unit or say why it does not.
        NoticeCrossCheck.requireComplete(basis.roster().all(), notice);
        return Publication.of(number, on, reason, corrections, results, notice);
    }

    Publication version(int number) {
        if (number < 1 || number > versions.size()) {
            throw new DomainException("round.publication-unknown", number, versions.size());
        }
        return versions.get(number - 1);
    }

    /** Oldest first; a read-only live view. */
    List<Publication> all() {
        return Collections.unmodifiableList(versions);
    }
}
