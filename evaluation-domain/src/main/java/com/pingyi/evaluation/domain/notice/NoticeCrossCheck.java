package com.pingyi.evaluation.domain.notice;

import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.unit.EvaluatedUnit;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rule {@code EveryUnitIsNamedOrLeftOutWithAReason}: the units named per band plus those left out
 * with a recorded reason (a non-published band, or withdrawn with a reason) add up to every unit of
 * the round, each exactly once. A unit left out without a reason blocks publication.
 */
public final class NoticeCrossCheck {

    private NoticeCrossCheck() {
    }

    /** The names of the units not accounted for (not named, or left out without a reason, or named twice). */
    public static List<String> unaccounted(List<EvaluatedUnit> roundUnits, Notice notice) {
        Set<UnitId> accounted = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (Notice.AttachmentSection section : notice.attachment().sections()) {
            for (int k = 0; k < section.units().size(); k++) {
                if (!accounted.add(section.units().get(k))) {
                    problems.add(section.unitNames().get(k));
                }
            }
        }
        for (Notice.Omission omission : notice.omissions()) {
            if (omission.justified() && !accounted.add(omission.unit())) {
                problems.add(omission.unitName());
            }
        }
        for (EvaluatedUnit unit : roundUnits) {
            if (!accounted.contains(unit.id())) {
                problems.add(unit.name());
            }
        }
        return problems;
    }

    /** Refuses with {@code notice.units-unaccounted} (count, names) unless every unit is accounted for. */
    public static void requireComplete(List<EvaluatedUnit> roundUnits, Notice notice) {
        List<String> problems = unaccounted(roundUnits, notice);
        if (!problems.isEmpty()) {
            throw new DomainException("notice.units-unaccounted", problems.size(), String.join("、", problems));
        }
    }
}
