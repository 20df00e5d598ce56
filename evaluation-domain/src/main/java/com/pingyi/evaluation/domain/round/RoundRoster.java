package com.pingyi.evaluation.domain.round;

import com.pingyi.evaluation.domain.scheme.EvaluationMethod;
import com.pingyi.evaluation.domain.scheme.Scheme;
import com.pingyi.evaluation.domain.score.ScoreEntry;
import com.pingyi.evaluation.domain.score.Scorer;
import com.pingyi.evaluation.domain.score.ScorerId;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.unit.EvaluatedUnit;
import com.pingyi.evaluation.domain.unit.UnitId;
import com.pingyi.evaluation.domain.unit.Withdrawal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
    }

    void withdraw(UnitId unit, String reason, LocalDate on) {
        EvaluatedUnit u = unit(unit);
        if (withdrawals.containsKey(unit)) {
            throw new DomainException("round.unit-already-withdrawn", u.name());
        }
        withdrawals.put(unit, new Withdrawal(unit, reason, on));
    }

    /** The caller has checked that the scorer's units and dimensions belong to the round. */
    void register(Scorer scorer) {
        scorers.put(scorer.id(), scorer);
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
        boolean ownSelfInspection = indicator.method() == EvaluationMethod.SELF_INSPECTION
                && scorer.assignedUnits().equals(Set.of(v.unit()));
        if (scorer.isAffiliatedWith(v.unit()) && !ownSelfInspection) {
            throw new DomainException("score.conflict-of-interest", scorer.name(), unitName);
        }
        if (!scorer.isAssigned(v.unit(), scheme.dimensionOf(v.indicator()).code())) {
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
