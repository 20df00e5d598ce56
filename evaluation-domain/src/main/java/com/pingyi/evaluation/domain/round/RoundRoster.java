package com.pingyi.evaluation.domain.round;

import com.pingyi.evaluation.domain.scheme.Dimension;
import com.pingyi.evaluation.domain.scheme.DimensionCode;
import com.pingyi.evaluation.domain.scheme.EvaluationMethod;
import com.pingyi.evaluation.domain.scheme.Indicator;
import com.pingyi.evaluation.domain.scheme.Scheme;
import com.pingyi.evaluation.domain.score.Assignment;
import com.pingyi.evaluation.domain.score.ScoreBook;
import com.pingyi.evaluation.domain.score.ScoreEntry;
import com.pingyi.evaluation.domain.score.Scorer;
import com.pingyi.evaluation.domain.score.ScorerId;
import com.pingyi.evaluation.domain.score.UnitSheet;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.unit.EvaluatedUnit;
import com.pingyi.evaluation.domain.unit.UnitId;
import com.pingyi.evaluation.domain.unit.Withdrawal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who takes part in a round: its units, the withdrawals among them and the registered scorers. Part of
 * {@link EvaluationRound}, which checks the lifecycle before calling in here; the rules here hold in
 * every status. Units and withdrawals are handed out as read-only live views; the root copies whatever
 * it makes public.
 */
final class RoundRoster {

    // Registry order is the order of the notice's attachment; the map only makes look-ups cheap.
    private final List<EvaluatedUnit> units = new ArrayList<>();
    private final Map<UnitId, EvaluatedUnit> unitsById = new HashMap<>();
    private final Map<UnitId, Withdrawal> withdrawals = new LinkedHashMap<>();
    private final Map<ScorerId, Scorer> scorers = new LinkedHashMap<>();

    /** As stored: each was checked when it was added. */
    void restore(List<EvaluatedUnit> storedUnits, List<Withdrawal> storedWithdrawals, List<Scorer> storedScorers) {
        storedUnits.forEach(this::register);
        storedWithdrawals.forEach(w -> withdrawals.put(w.unit(), w));
        storedScorers.forEach(sc -> scorers.put(sc.id(), sc));
    }

    void add(EvaluatedUnit unit) {
        for (EvaluatedUnit u : units) {
            if (u.id().equals(unit.id()) || u.name().equals(unit.name())) {
                throw new DomainException("round.unit-already-registered", unit.name());
            }
        }
        register(unit);
    }

    private void register(EvaluatedUnit unit) {
        units.add(unit);
        unitsById.put(unit.id(), unit);
    }

    void remove(UnitId unit) {
        if (!units.removeIf(u -> u.id().equals(unit))) {
            throw new DomainException("round.unit-unknown", String.valueOf(unit));
        }
        unitsById.remove(unit);
        // What referred to the unit goes with it: an expert's pairs and affiliation, a contact of that unit.
        scorers.values().removeIf(s -> s.isUnitContact() && s.isAffiliatedWith(unit));
        scorers.replaceAll((id, s) -> new Scorer(id, s.name(), s.kind(),
                s.assignments().stream().filter(a -> !a.unit().equals(unit)).collect(Collectors.toSet()),
                s.affiliations().stream().filter(a -> !a.equals(unit)).collect(Collectors.toSet())));
    }

    void withdraw(UnitId unit, String reason, LocalDate on) {
        EvaluatedUnit u = unit(unit);
        if (withdrawals.containsKey(unit)) {
            throw new DomainException("round.unit-already-withdrawn", u.name());
        }
        withdrawals.put(unit, new Withdrawal(unit, reason, on));
    }

    /** A new scorer: their units must be the round's, and no pair may be on a unit they are affiliated with. */
    void register(Scorer scorer, Scheme scheme) {
        if (scorers.containsKey(scorer.id())) {
            throw new DomainException("scorer.already-registered", scorer.id().value());
        }
        scorer.affiliations().forEach(this::unit);
        checkPairs(scorer, scorer.assignments(), scheme);
        scorers.put(scorer.id(), scorer);
    }

    /**
     * Gives an expert exactly these pairs, all or nothing: every pair is checked before anything
     * changes, and a pair the expert has already scored on cannot be dropped (the score would be left
     * by somebody no longer assigned to give it).
     */
    void assign(ScorerId id, Set<Assignment> pairs, Scheme scheme, ScoreBook book) {
        Scorer scorer = scorer(id);
        if (scorer.isUnitContact()) {
            throw new DomainException("scorer.contact-is-not-assigned", scorer.name());
        }
        checkPairs(scorer, pairs, scheme);
        for (Assignment dropped : scorer.assignments()) {
            if (!pairs.contains(dropped)) {
                requireUnscored(scorer, dropped, scheme, book);
            }
        }
        scorers.put(id, scorer.assigned(pairs));
    }

    /** Removes a scorer who has recorded no score; their scores would otherwise lose their author. */
    void removeScorer(ScorerId id, Scheme scheme, ScoreBook book) {
        Scorer scorer = scorer(id);
        int count = 0;
        String firstUnit = null;
        String firstIndicator = null;
        if (book != null) {
            List<Indicator> indicators = scheme.indicators();
            for (EvaluatedUnit u : units) {
                UnitSheet sheet = book.sheetOf(u.id());
                for (int i = 0; i < indicators.size(); i++) {
                    for (int k = 0; k < sheet.count(i); k++) {
                        if (sheet.scorerAt(i, k).equals(id) && count++ == 0) {
                            firstUnit = u.name();
                            firstIndicator = indicators.get(i).code().value();
                        }
                    }
                }
            }
        }
        if (count > 0) {
            throw new DomainException("scorer.has-scores", scorer.name(), count, firstUnit, firstIndicator);
        }
        scorers.remove(id);
    }

    private Scorer scorer(ScorerId id) {
        Scorer scorer = scorers.get(id);
        if (scorer == null) {
            throw new DomainException("score.scorer-not-registered", id.value());
        }
        return scorer;
    }

    private void checkPairs(Scorer scorer, Set<Assignment> pairs, Scheme scheme) {
        Set<DimensionCode> dimensions = new HashSet<>();
        if (scheme != null) {
            scheme.dimensions().forEach(d -> dimensions.add(d.code()));
        }
        for (Assignment pair : pairs) {
            EvaluatedUnit u = unit(pair.unit());
            if (!dimensions.contains(pair.dimension())) {
                throw new DomainException("scheme.dimension-unknown", pair.dimension().value());
            }
            if (scorer.isAffiliatedWith(pair.unit())) {
                throw new DomainException("scorer.conflict-of-interest", scorer.name(), u.name());
            }
        }
    }

    private void requireUnscored(Scorer scorer, Assignment pair, Scheme scheme, ScoreBook book) {
        EvaluatedUnit u = unitsById.get(pair.unit());
        Optional<Dimension> dimension = scheme == null ? Optional.empty()
                : scheme.dimensions().stream().filter(d -> d.code().equals(pair.dimension())).findFirst();
        // A pair on a unit or dimension the round no longer has cannot hold a score.
        if (u == null || dimension.isEmpty() || book == null) {
            return;
        }
        UnitSheet sheet = book.sheetOf(pair.unit());
        for (Indicator indicator : dimension.get().indicators()) {
            int i = scheme.indexOf(indicator.code());
            for (int k = 0; k < sheet.count(i); k++) {
                if (sheet.scorerAt(i, k).equals(scorer.id())) {
                    throw new DomainException("scorer.unassign-scored", scorer.name(), u.name(), indicator.code().value(),
                            dimension.get().name());
                }
            }
        }
    }

    /** Whether the entry may be recorded at all: its unit still takes part and its scorer may score it. */
    void admit(ScoreEntry entry, Scheme scheme) {
        requireActive(entry.unit());
        checkScorer(entry, scheme);
    }

    void requireActive(UnitId unitId) {
        EvaluatedUnit u = unit(unitId);
        if (withdrawals.containsKey(unitId)) {
            throw new DomainException("round.unit-withdrawn", u.name());
        }
    }

    private void checkScorer(ScoreEntry entry, Scheme scheme) {
        // Without registered scorers the scores come from an import that was checked elsewhere.
        if (scorers.isEmpty() || !(entry instanceof ScoreEntry.Verified v)) {
            return;
        }
        Scorer scorer = scorers.get(v.scorer());
        if (scorer == null) {
            throw new DomainException("score.scorer-not-registered", v.scorer().value());
        }
        var indicator = scheme.indicator(v.indicator());
        String unitName = unit(v.unit()).name();
        // A unit's contact is affiliated with it, yet self-inspection is exactly the unit scoring itself.
        if (scorer.isUnitContact() && scorer.isAffiliatedWith(v.unit())
                && indicator.method() == EvaluationMethod.SELF_INSPECTION) {
            return;
        }
        if (scorer.isAffiliatedWith(v.unit())) {
            throw new DomainException("score.conflict-of-interest", scorer.name(), unitName);
        }
        if (!scorer.isAssigned(new Assignment(v.unit(), scheme.dimensionOf(v.indicator()).code()))) {
            throw new DomainException("score.scorer-not-assigned", scorer.name(), unitName, v.indicator().value());
        }
    }

    EvaluatedUnit unit(UnitId unitId) {
        EvaluatedUnit unit = unitsById.get(unitId);
        if (unit == null) {
            throw new DomainException("round.unit-unknown", String.valueOf(unitId));
        }
        return unit;
    }

    /** Every unit in registry order, withdrawn ones included. */
    List<EvaluatedUnit> all() {
        return Collections.unmodifiableList(units);
    }

    List<EvaluatedUnit> active() {
        return units.stream().filter(u -> !withdrawals.containsKey(u.id())).toList();
    }

    Map<UnitId, Withdrawal> withdrawals() {
        return Collections.unmodifiableMap(withdrawals);
    }

    Optional<Withdrawal> withdrawal(UnitId unit) {
        return Optional.ofNullable(withdrawals.get(unit));
    }

    List<Scorer> scorers() {
        return List.copyOf(scorers.values());
    }
}
