package com.pingyi.evaluation.application.service.access;

import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.round.RoundStatus;
import com.pingyi.evaluation.domain.scheme.Dimension;
import com.pingyi.evaluation.domain.scheme.EvaluationMethod;
import com.pingyi.evaluation.domain.scheme.Indicator;
import com.pingyi.evaluation.domain.scheme.IndicatorCode;
import com.pingyi.evaluation.domain.score.Assignment;
import com.pingyi.evaluation.domain.score.ScoreEntry;
import com.pingyi.evaluation.domain.score.Scorer;
import com.pingyi.evaluation.domain.score.ScorerId;
import com.pingyi.evaluation.domain.unit.EvaluatedUnit;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who may read and write which scores of a round, beyond the role that let them call the use case.
 *
 * <ul>
 * <li>An admin (or the application itself): everything, the domain's own rules aside.</li>
 * <li>An auditor: reads everything, writes nothing (method security already refuses their writes;
 * this refuses them again).</li>
 * <li>An EXPERT: writes only their own verified scores (scorer id = their username), only on the unit x
 * dimension pairs the round assigns them, never on a unit their account is affiliated with; reads only
 * those pairs, and only their own scores until the round is CLOSED.</li>
 * <li>A UNIT_CONTACT: writes and reads only their own unit: its self-inspection claims, and their own
 * verified scores on the indicators whose method is self-inspection.</li>
 * </ul>
 * A person with two of these roles may do what either allows. A refusal is a named rule
 * ({@code access.*}) so that the screen says which one, in the user's language; nothing was read or changed.
 */
public final class ScoreAccess {

    private ScoreAccess() {
    }

    /** Refuses an entry the viewer may not record (or remove) in this round. */
    public static void checkWrite(Viewer viewer, EvaluationRound round, ScoreEntry entry) {
        if (viewer.runsRounds()) {
            return;
        }
        UnitId unit = entry.unit();
        if (viewer.isUnitContact() && viewer.isContactOf(unit) && contactMayWrite(viewer, round, entry)) {
            return;
        }
        if (viewer.isExpert()) {
            if (!(entry instanceof ScoreEntry.Verified v) || !v.scorer().value().equals(viewer.username())) {
                throw new DomainException("access.expert-own-scores-only", viewer.username());
            }
            checkExpertPair(viewer, round, unit, entry.indicator());
            return;
        }
        if (viewer.isUnitContact()) {
            if (!viewer.isContactOf(unit)) {
                throw new DomainException("access.contact-own-unit-only", unitName(round, unit));
            }
            throw new DomainException("access.contact-self-inspection-only", entry.indicator().value());
        }
        throw new DomainException("access.read-only", viewer.username());
    }

    /** Refuses removing a verified score the viewer could not have recorded. */
    public static void checkRemove(Viewer viewer, EvaluationRound round, UnitId unit, IndicatorCode indicator, ScorerId scorer) {
        checkWrite(viewer, round, new ScoreEntry.Verified(unit, indicator, scorer, com.pingyi.evaluation.domain.shared.Points.of(0)));
    }

    private static boolean contactMayWrite(Viewer viewer, EvaluationRound round, ScoreEntry entry) {
        return switch (entry) {
            case ScoreEntry.SelfInspected s -> true;
            case ScoreEntry.Verified v -> v.scorer().value().equals(viewer.username())
                    && round.scheme().map(s -> s.indicator(v.indicator()).method() == EvaluationMethod.SELF_INSPECTION).orElse(false);
            default -> false;
        };
    }

    private static void checkExpertPair(Viewer viewer, EvaluationRound round, UnitId unit, IndicatorCode indicator) {
        String name = unitName(round, unit);
        if (viewer.affiliations().contains(unit)) {
            throw new DomainException("access.expert-affiliated", name);
        }
        Dimension dimension = round.scheme().map(s -> s.dimensionOf(indicator)).orElse(null);
        Optional<Scorer> scorer = expertOf(viewer, round);
        if (dimension == null || scorer.isEmpty() || !scorer.get().isAssigned(new Assignment(unit, dimension.code()))) {
            throw new DomainException("access.expert-not-assigned", name, dimension == null ? indicator.value() : dimension.name());
        }
        if (scorer.get().isAffiliatedWith(unit)) {
            throw new DomainException("access.expert-affiliated", name);
        }
    }

    /** Refuses reading a unit's sheet the viewer has no part of. */
    public static void checkReadUnit(Viewer viewer, EvaluationRound round, UnitId unit) {
        if (viewer.readsEverything() || viewer.isContactOf(unit)
                || readableUnits(viewer, round).stream().anyMatch(u -> u.id().equals(unit))) {
            return;
        }
        throw new DomainException("access.unit-not-yours", unitName(round, unit));
    }

    /**
     * The units whose sheet the viewer may open, in registry order: every active unit for those who
     * read everything; their own for a contact; the units of their assigned pairs, affiliated ones
     * excepted, for an expert.
     */
    public static List<EvaluatedUnit> readableUnits(Viewer viewer, EvaluationRound round) {
        if (viewer.readsEverything()) {
            return round.activeUnits();
        }
        Set<UnitId> mine = new LinkedHashSet<>();
        viewer.unit().filter(u -> viewer.isUnitContact()).ifPresent(mine::add);
        if (viewer.isExpert()) {
            expertOf(viewer, round).ifPresent(s -> s.assignments().stream().map(Assignment::unit)
                    .filter(u -> !viewer.affiliations().contains(u) && !s.isAffiliatedWith(u)).forEach(mine::add));
        }
        return round.activeUnits().stream().filter(u -> mine.contains(u.id())).toList();
    }

    /**
     * Whether the viewer sees this indicator's line of the unit at all: a contact every POINTS line of
     * their unit (the claim), an expert the lines of their assigned dimensions that scorers score.
     */
    public static boolean seesLine(Viewer viewer, EvaluationRound round, UnitId unit, Dimension dimension, Indicator indicator) {
        if (viewer.readsEverything()) {
            return true;
        }
        if (viewer.isContactOf(unit) && indicator.kind().scoredByScorers()) {
            return true;
        }
        return viewer.isExpert() && indicator.kind().scoredByScorers()
                && expertOf(viewer, round).map(s -> s.isAssigned(new Assignment(unit, dimension.code()))).orElse(false);
    }

    /** Whether the viewer sees every scorer's scores (and what follows from them) or only their own. */
    public static boolean seesOthersScores(Viewer viewer, EvaluationRound round) {
        return viewer.readsEverything()
                || viewer.isExpert() && (round.status() == RoundStatus.CLOSED || round.status() == RoundStatus.PUBLISHED);
    }

    /** The viewer registered as an expert in this round: their scorer id is their username. */
    public static Optional<Scorer> expertOf(Viewer viewer, EvaluationRound round) {
        return round.scorers().stream().filter(s -> !s.isUnitContact() && s.id().value().equals(viewer.username())).findFirst();
    }

    private static String unitName(EvaluationRound round, UnitId unit) {
        return round.units().stream().filter(u -> u.id().equals(unit)).map(EvaluatedUnit::name).findFirst().orElse(String.valueOf(unit));
    }
}
