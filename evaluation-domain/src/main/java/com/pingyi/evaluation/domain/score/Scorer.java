package com.pingyi.evaluation.domain.score;

import com.pingyi.evaluation.domain.scheme.DimensionCode;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.shared.Texts;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.util.Set;

/**
 * A scorer registered with a round (an expert, a reviewer, an assessor, or a unit's contact), with the
 * units and dimensions assigned to them (empty = all) and the units they are affiliated with. Rule
 * {@code ScorersScoreOnlyWhatTheyAreAssignedAndNeverTheirOwnUnit}: a scorer never scores a unit they
 * are affiliated with, except a unit contact entering their own unit's SELF_INSPECTION indicators.
 */
public record Scorer(ScorerId id, String name, Set<UnitId> assignedUnits, Set<DimensionCode> assignedDimensions,
        Set<UnitId> affiliations) {

    public Scorer {
        if (id == null) {
            throw new DomainException("scorer.id.malformed", "null");
        }
        name = Texts.required(name, "scorer.name-required", 100);
        assignedUnits = assignedUnits == null ? Set.of() : Set.copyOf(assignedUnits);
        assignedDimensions = assignedDimensions == null ? Set.of() : Set.copyOf(assignedDimensions);
        affiliations = affiliations == null ? Set.of() : Set.copyOf(affiliations);
    }

    /** An expert for every unit and dimension, affiliated with the given units. */
    public static Scorer expert(ScorerId id, String name, UnitId... affiliations) {
        return new Scorer(id, name, Set.of(), Set.of(), Set.of(affiliations));
    }

    /** A unit's contact, who enters that unit's self-inspection. */
    public static Scorer unitContact(ScorerId id, String name, UnitId unit) {
        return new Scorer(id, name, Set.of(unit), Set.of(), Set.of(unit));
    }

    public boolean isAssigned(UnitId unit, DimensionCode dimension) {
        return (assignedUnits.isEmpty() || assignedUnits.contains(unit))
                && (assignedDimensions.isEmpty() || assignedDimensions.contains(dimension));
    }

    public boolean isAffiliatedWith(UnitId unit) {
        return affiliations.contains(unit);
    }
}
