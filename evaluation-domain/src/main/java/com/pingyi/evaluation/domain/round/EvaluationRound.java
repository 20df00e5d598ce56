package com.pingyi.evaluation.domain.round;

import com.pingyi.evaluation.domain.finding.Finding;
import com.pingyi.evaluation.domain.finding.FindingId;
import com.pingyi.evaluation.domain.finding.RectificationItem;
import com.pingyi.evaluation.domain.grade.GradeScale;
import com.pingyi.evaluation.domain.notice.Notice;
import com.pingyi.evaluation.domain.notice.NoticeSettings;
import com.pingyi.evaluation.domain.result.ResultCalculator;
import com.pingyi.evaluation.domain.result.RoundResults;
import com.pingyi.evaluation.domain.scheme.IndicatorCode;
import com.pingyi.evaluation.domain.scheme.Scheme;
import com.pingyi.evaluation.domain.score.Assignment;
import com.pingyi.evaluation.domain.score.MissingScore;
import com.pingyi.evaluation.domain.score.ScoreBook;
import com.pingyi.evaluation.domain.score.ScoreEntry;
import com.pingyi.evaluation.domain.score.Scorer;
import com.pingyi.evaluation.domain.score.ScorerId;
import com.pingyi.evaluation.domain.score.SpreadFlag;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.shared.Points;
import com.pingyi.evaluation.domain.unit.EvaluatedUnit;
import com.pingyi.evaluation.domain.unit.UnitId;
import com.pingyi.evaluation.domain.unit.Withdrawal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One yearly evaluation of a set of units (评议). The aggregate root of a round: scheme, grade scale,
 * units (in registry order), scores, findings, rectification items and publications. Everything
 * else of the round refers to it by {@link RoundId}.
 *
 * <p>Lifecycle: DRAFT (scheme, units editable) -> OPEN (scoring; scheme and scale frozen, amendable
 * only with a reason) -> CLOSED (scores locked; refused while any score is missing) -> PUBLISHED
 * (frozen; a correction is a new published version with a reason). CLOSED may reopen to OPEN with a reason.
 *
 * <p>The root decides what the status allows and then hands the work to a package-private part: who takes
 * part ({@link RoundRoster}), the scheme and scores ({@link RoundScores}), findings and rectification
 * ({@link RoundFindings}), published versions ({@link RoundPublications}) and the next year's round
 * ({@link RoundCloning}). The parts never check the status, so no rule of the lifecycle is split between files.
 */
public final class EvaluationRound {

    public static final int MAX_TITLE_LENGTH = 200;
    public static final Points DEFAULT_SPREAD_LIMIT = Points.of(10);

    private final RoundId id;
    private final EvaluationYear year;
    private String title;
    private RoundStatus status;
    private final long version;
    private final RoundScores scores = new RoundScores();
    private GradeScale scale = GradeScale.seedDefault();
    private int displayPrecision = ResultCalculator.DEFAULT_PRECISION;
    private Points spreadLimit = DEFAULT_SPREAD_LIMIT;
    private final RoundRoster roster = new RoundRoster();
    private final RoundFindings findings = new RoundFindings();
    private final List<Amendment> amendments = new ArrayList<>();
    private NoticeSettings noticeSettings;
    private final RoundPublications publications = new RoundPublications();
    private RoundId clonedFrom;

    private EvaluationRound(RoundId id, EvaluationYear year, String title, RoundStatus status, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.year = Objects.requireNonNull(year, "year");
        this.title = validTitle(title);
        this.status = Objects.requireNonNull(status, "status");
        this.version = version;
    }

    /** A new round, in DRAFT, with the seed's default grade scale. */
    public static EvaluationRound draft(EvaluationYear year, String title) {
        return new EvaluationRound(RoundId.newId(), year, title, RoundStatus.DRAFT, 0);
    }

    /** A round as it was stored, without contents; for the persistence mapper only. */
    public static EvaluationRound restore(RoundId id, EvaluationYear year, String title, RoundStatus status, long version) {
        return new EvaluationRound(id, year, title, status, version);
    }

    /** A round as it was stored, with its contents; for the persistence mapper only. */
    public static EvaluationRound restore(RoundId id, EvaluationYear year, String title, RoundStatus status, long version,
            RoundContents contents) {
        EvaluationRound round = new EvaluationRound(id, year, title, status, version);
        round.scores.restore(contents.scheme(), contents.scores());
        if (contents.scale() != null) {
            round.scale = contents.scale();
        }
        round.displayPrecision = contents.displayPrecision();
        if (contents.spreadLimit() != null) {
            round.spreadLimit = contents.spreadLimit();
        }
        round.roster.restore(contents.units(), contents.withdrawals(), contents.scorers());
        round.findings.restore(contents.findings(), contents.rectifications(), contents.carriedRectifications());
        round.amendments.addAll(contents.amendments());
        round.noticeSettings = contents.noticeSettings();
        round.publications.restore(contents.publications());
        round.clonedFrom = contents.clonedFrom();
        return round;
    }

    /** The contents, as the persistence mapper stores them. */
    public RoundContents contents() {
        return new RoundContents(scores.scheme(), scale, displayPrecision, spreadLimit, roster.all(),
                List.copyOf(roster.withdrawals().values()), scores.entries(), findings.all(), findings.raised(),
                findings.carried(), amendments, noticeSettings, publications.all(), clonedFrom, roster.scorers());
    }

    private static String validTitle(String title) {
        if (title == null || title.isBlank()) {
            throw new DomainException("round.title.required");
        }
        String trimmed = title.strip();
        if (trimmed.length() > MAX_TITLE_LENGTH) {
            throw new DomainException("round.title.too-long", trimmed.length(), MAX_TITLE_LENGTH);
        }
        return trimmed;
    }

    // ---- lifecycle guards -------------------------------------------------------------------

    private void requireStatus(String action, RoundStatus... allowed) {
        for (RoundStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw new DomainException("round.wrong-status", action, status.name(), List.of(allowed).toString());
    }

    private void requireDraft(String action) {
        if (status != RoundStatus.DRAFT) {
            throw new DomainException("round.frozen-after-draft", action, status.name());
        }
    }

    // ---- drafting -----------------------------------------------------------------------------

    public void rename(String newTitle) {
        requireStatus("rename", RoundStatus.DRAFT, RoundStatus.OPEN, RoundStatus.CLOSED);
        this.title = validTitle(newTitle);
    }

    /** Sets the scheme; only in DRAFT (rule {@code SchemeFreezesWhenTheRoundOpens}). */
    public void defineScheme(Scheme newScheme) {
        requireDraft("defineScheme");
        scores.define(newScheme);
    }

    /** Sets the grade scale; only in DRAFT. */
    public void defineScale(GradeScale newScale) {
        requireDraft("defineScale");
        this.scale = Objects.requireNonNull(newScale, "scale");
    }

    /** Decimal places of the displayed score rate (0..6, default 2); only in DRAFT. */
    public void defineDisplayPrecision(int precision) {
        requireDraft("defineDisplayPrecision");
        if (precision < 0 || precision > 6) {
            throw new DomainException("result.precision-out-of-range", precision, 0, 6);
        }
        this.displayPrecision = precision;
    }

    /** The expert spread (standard deviation, in points) above which a unit x indicator is flagged. */
    public void defineSpreadLimit(Points limit) {
        requireStatus("defineSpreadLimit", RoundStatus.DRAFT, RoundStatus.OPEN, RoundStatus.CLOSED);
        this.spreadLimit = Objects.requireNonNull(limit, "limit");
    }

    public void defineNotice(NoticeSettings settings) {
        requireStatus("defineNotice", RoundStatus.DRAFT, RoundStatus.OPEN, RoundStatus.CLOSED);
        this.noticeSettings = Objects.requireNonNull(settings, "settings");
    }

    /** Adds a unit at the end of the registry; only in DRAFT; ids and names are unique. */
    public void addUnit(EvaluatedUnit unit) {
        requireDraft("addUnit");
        roster.add(unit);
    }

    public void removeUnit(UnitId unit) {
        requireDraft("removeUnit");
        roster.remove(unit);
    }

    /** Withdraws a unit with a recorded reason; it leaves results and the notice, accounted for. */
    public void withdrawUnit(UnitId unit, String reason, LocalDate on) {
        requireStatus("withdrawUnit", RoundStatus.DRAFT, RoundStatus.OPEN, RoundStatus.CLOSED);
        roster.withdraw(unit, reason, on);
    }

    /**
     * Registers a scorer: an expert (with their affiliations, and usually no pairs yet) or a unit
     * contact; while DRAFT or OPEN, since admins add experts during scoring. Once a round has
     * registered scorers, every verified score must come from one of them (a round without any, e.g.
     * one filled by an import of already-checked scores, accepts any scorer id).
     */
    public void registerScorer(Scorer scorer) {
        requireStatus("registerScorer", RoundStatus.DRAFT, RoundStatus.OPEN);
        roster.register(scorer, scores.scheme());
    }

    /**
     * Gives an expert exactly these unit x dimension pairs, all or nothing; while DRAFT or OPEN. Refused
     * for a unit the expert is affiliated with, and for dropping a pair the expert has already scored.
     */
    public void assignScorer(ScorerId scorer, Set<Assignment> pairs) {
        requireStatus("assignScorer", RoundStatus.DRAFT, RoundStatus.OPEN);
        roster.assign(scorer, Set.copyOf(pairs), scores.scheme(), scores.book());
    }

    /** Removes a scorer who has recorded no score; while DRAFT or OPEN. */
    public void removeScorer(ScorerId scorer) {
        requireStatus("removeScorer", RoundStatus.DRAFT, RoundStatus.OPEN);
        roster.removeScorer(scorer, scores.scheme(), scores.book());
    }

    public List<Scorer> scorers() {
        return roster.scorers();
    }

    // ---- lifecycle ---------------------------------------------------------------------------------

    /** DRAFT -> OPEN; needs a scheme and at least one unit. Freezes the scheme and the scale. */
    public void open() {
        requireStatus("open", RoundStatus.DRAFT);
        if (scores.scheme() == null) {
            throw new DomainException("round.open.needs-scheme");
        }
        if (roster.all().isEmpty()) {
            throw new DomainException("round.open.needs-units");
        }
        status = RoundStatus.OPEN;
    }

    /** An audited change to the frozen scheme while OPEN: recorded scores must still fit the new scheme. */
    public void amendScheme(Scheme amended, String reason) {
        requireStatus("amendScheme", RoundStatus.OPEN);
        Amendment amendment = new Amendment(Amendment.What.SCHEME, reason);
        scores.amend(amended);
        amendments.add(amendment);
    }

    /** An audited change to the frozen grade scale while OPEN or CLOSED. */
    public void amendScale(GradeScale amended, String reason) {
        requireStatus("amendScale", RoundStatus.OPEN, RoundStatus.CLOSED);
        amendments.add(new Amendment(Amendment.What.GRADE_SCALE, reason));
        this.scale = Objects.requireNonNull(amended, "scale");
    }

    /** OPEN -> CLOSED; refused with the complete list of missing scores (rule {@code EveryRequiredScoreMustBeRecorded}). */
    public void close() {
        requireStatus("close", RoundStatus.OPEN);
        List<MissingScore> missing = missingScores();
        if (!missing.isEmpty()) {
            throw new MissingScoresException(missing);
        }
        status = RoundStatus.CLOSED;
    }

    /** CLOSED -> OPEN, with a reason. */
    public void reopen(String reason) {
        requireStatus("reopen", RoundStatus.CLOSED);
        amendments.add(new Amendment(Amendment.What.REOPENED, reason));
        status = RoundStatus.OPEN;
    }

    /** CLOSED -> PUBLISHED: composes the notice, cross-checks it, and keeps it as published version 1. */
    public Publication publish(LocalDate on) {
        requireStatus("publish", RoundStatus.CLOSED);
        Publication publication = publications.first(noticeBasis(), on, scores.book());
        status = RoundStatus.PUBLISHED;
        return publication;
    }

    /**
     * A correction of a published round: the corrected entries (replacing what was recorded for the
     * same unit, indicator and scorer) give a new published version with its reason; earlier versions
     * stay as they were.
     */
    public Publication publishCorrection(String reason, LocalDate on, List<ScoreEntry> corrections) {
        requireStatus("publishCorrection", RoundStatus.PUBLISHED);
        RoundPublications.Corrected corrected = publications.correct(noticeBasis(), reason, on, corrections,
                scores.book());
        scores.adopt(corrected.scores());
        return corrected.publication();
    }

    private RoundPublications.Basis noticeBasis() {
        return new RoundPublications.Basis(noticeSettings, year, scores.scheme(), scale, displayPrecision, roster,
                findings.all());
    }

    // ---- scoring -------------------------------------------------------------------------------

    /** Records a score, measured value, veto outcome, violation or not-applicable mark; only while OPEN. */
    public void recordScore(ScoreEntry entry) {
        requireStatus("recordScore", RoundStatus.OPEN);
        scores.record(entry, roster);
    }

    /**
     * Records a batch (e.g. an import) all or nothing: when any entry breaks a rule, nothing is
     * recorded and {@link RejectedEntriesException} lists every refused entry with its rule.
     */
    public void recordAll(List<? extends ScoreEntry> entries) {
        requireStatus("recordScore", RoundStatus.OPEN);
        scores.recordAll(entries, roster);
    }

    public boolean removeScore(UnitId unit, IndicatorCode indicator, ScorerId scorer) {
        requireStatus("removeScore", RoundStatus.OPEN);
        return scores.remove(unit, indicator, scorer);
    }

    public void markApplicable(UnitId unit, IndicatorCode indicator) {
        requireStatus("markApplicable", RoundStatus.OPEN);
        scores.markApplicable(unit, indicator);
    }

    /** Every missing or too-thin score of the units not withdrawn, by unit and indicator. */
    public List<MissingScore> missingScores() {
        return scores.missing(activeUnits());
    }

    /**
     * Results of the units not withdrawn, computed from the current scores (once PUBLISHED these are
     * the scores of the latest published version, so the figures are the latest version's).
     */
    public RoundResults results() {
        return scores.results(scale, activeUnits(), displayPrecision);
    }

    /**
     * The results after one unit's scores changed: that unit computed again, the ranking redone, the
     * other units' results kept from {@code previous} (which must be this round's, with the same
     * scheme, scale and units).
     */
    public RoundResults recalculate(RoundResults previous, UnitId changed) {
        return scores.recalculate(previous, unit(changed));
    }

    public List<SpreadFlag> spreadFlags() {
        return scores.spreadFlags(activeUnits(), spreadLimit);
    }

    /** The notice as it would be published on the date (not cross-checked). */
    public Notice previewNotice(LocalDate on) {
        RoundPublications.Basis basis = noticeBasis();
        basis.requireSettings();
        return basis.notice(results(), scores.book(), on);
    }

    // ---- findings and rectification ------------------------------------------------------------------

    public void addFinding(Finding finding) {
        requireStatus("addFinding", RoundStatus.OPEN, RoundStatus.CLOSED);
        finding.aboutUnit().ifPresent(roster::unit);
        finding.aboutDimension().ifPresent(scores::requireDimension);
        for (var statistic : finding.statistics()) {
            scores.scheme().indexOf(statistic.indicator());
        }
        findings.add(finding);
    }

    public void removeFinding(FindingId findingId) {
        requireStatus("removeFinding", RoundStatus.OPEN, RoundStatus.CLOSED);
        findings.remove(findingId);
    }

    /** A rectification item (整改) from a PROBLEM finding about one unit, with a due date. */
    public RectificationItem raiseRectification(FindingId findingId, String description, LocalDate due) {
        requireStatus("raiseRectification", RoundStatus.CLOSED, RoundStatus.PUBLISHED);
        return findings.raise(id, findingId, description, due);
    }

    /** In the round that carried it over: the item checked and found rectified. */
    public void checkCarriedRectification(UUID itemId, String note) {
        requireStatus("checkCarriedRectification", RoundStatus.DRAFT, RoundStatus.OPEN, RoundStatus.CLOSED);
        findings.checkCarried(itemId, note);
    }

    // ---- cloning -------------------------------------------------------------------------------------

    /**
     * A new DRAFT round for another year with this round's scheme, scale, precision, spread limit and
     * units (no scores, no findings), showing the rectification items still open. The notice settings
     * are not carried: their title, basis document and date belong to one year.
     */
    public EvaluationRound cloneFor(EvaluationYear newYear, String newTitle) {
        return RoundCloning.next(this, newYear, newTitle);
    }

    // ---- accessors ------------------------------------------------------------------------------

    public RoundId id() {
        return id;
    }

    public EvaluationYear year() {
        return year;
    }

    public String title() {
        return title;
    }

    public RoundStatus status() {
        return status;
    }

    /** Optimistic-locking version as stored; 0 for a round never saved. */
    public long version() {
        return version;
    }

    public Optional<Scheme> scheme() {
        return Optional.ofNullable(scores.scheme());
    }

    public GradeScale scale() {
        return scale;
    }

    public int displayPrecision() {
        return displayPrecision;
    }

    public Points spreadLimit() {
        return spreadLimit;
    }

    /** All units in registry order, withdrawn ones included. */
    public List<EvaluatedUnit> units() {
        return List.copyOf(roster.all());
    }

    /** The units not withdrawn, in registry order. */
    public List<EvaluatedUnit> activeUnits() {
        return roster.active();
    }

    public EvaluatedUnit unit(UnitId unitId) {
        return roster.unit(unitId);
    }

    public Optional<Withdrawal> withdrawal(UnitId unit) {
        return roster.withdrawal(unit);
    }

    /** A read-only view of the recorded scores; change them through {@link #recordScore}. */
    public ScoreBook scores() {
        return scores.readOnlyView();
    }

    public List<Finding> findings() {
        return List.copyOf(findings.all());
    }

    public List<RectificationItem> rectifications() {
        return List.copyOf(findings.raised());
    }

    /** Open items carried over from the round this one was cloned from, to be checked. */
    public List<RectificationItem> carriedRectifications() {
        return List.copyOf(findings.carried());
    }

    public List<Amendment> amendments() {
        return List.copyOf(amendments);
    }

    public Optional<NoticeSettings> noticeSettings() {
        return Optional.ofNullable(noticeSettings);
    }

    /** Every published version, oldest first. */
    public List<Publication> publications() {
        return List.copyOf(publications.all());
    }

    public Publication publication(int versionNumber) {
        return publications.version(versionNumber);
    }

    public Optional<RoundId> clonedFrom() {
        return Optional.ofNullable(clonedFrom);
    }
}
