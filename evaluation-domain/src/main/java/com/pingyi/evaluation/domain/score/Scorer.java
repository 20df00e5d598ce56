package com.pingyi.evaluation.domain.score;

import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.shared.Texts;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.util.Set;

/**
 * A scorer registered with a round, and what they may score.
 *
 * <p>An EXPERT (a reviewer, an assessor) scores exactly the unit x dimension pairs assigned to them,
 * none by default, and never a unit they are affiliated with: rule
 * {@code ExpertsAreNeverAssignedAUnitTheyAreAffiliatedWith} (conflict of interest, 利益冲突). A
 * UNIT_CONTACT belongs to one unit and enters that unit's own SELF_INSPECTION indicators, nothing else.
 */
public record Scorer(ScorerId id, String name, Kind kind, Set<Assignment> assignments, Set<UnitId> affiliations) {

    public enum Kind {
        EXPERT,
        UNIT_CONTACT
    }

    public Scorer {
        if (id == null) {
            throw new DomainException("scorer.id.malformed", "null");
        }
        name = Texts.required(name, "scorer.name-required", 100);
        kind = kind == null ? Kind.EXPERT : kind;
        assignments = assignments == null ? Set.of() : Set.copyOf(assignments);
        affiliations = affiliations == null ? Set.of() : Set.copyOf(affiliations);
        if (kind == Kind.UNIT_CONTACT && (affiliations.size() != 1 || !assignments.isEmpty())) {
            throw new DomainException("scorer.contact-needs-one-unit", name);
        }
        // The round checks this first and names the unit; here it guards every other way in.
        for (Assignment a : assignments) {
            if (affiliations.contains(a.unit())) {
                throw new DomainException("scorer.conflict-of-interest", name, a.unit().toString());
            }
        }
    }

    /** An expert with nothing assigned yet, affiliated with the given units (which they may never score). */
    public static Scorer expert(ScorerId id, String name, UnitId... affiliations) {
        return new Scorer(id, name, Kind.EXPERT, Set.of(), Set.of(affiliations));
    }

    /** A unit's contact, who enters that unit's self-inspection. */
    public static Scorer unitContact(ScorerId id, String name, UnitId unit) {
        return new Scorer(id, name, Kind.UNIT_CONTACT, Set.of(), Set.of(unit));
    }

    /** The same scorer with exactly these pairs assigned. */
    public Scorer assigned(Set<Assignment> pairs) {
        return new Scorer(id, name, kind, pairs, affiliations);
    }

    public boolean isAssigned(Assignment pair) {
        return assignments.contains(pair);
    }

    public boolean isAffiliatedWith(UnitId unit) {
        return affiliations.contains(unit);
    }

    public boolean isUnitContact() {
        return kind == Kind.UNIT_CONTACT;
    }
}
