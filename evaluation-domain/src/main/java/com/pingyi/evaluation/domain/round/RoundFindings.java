package com.pingyi.evaluation.domain.round;

import com.pingyi.evaluation.domain.finding.Finding;
import com.pingyi.evaluation.domain.finding.FindingId;
import com.pingyi.evaluation.domain.finding.FindingKind;
import com.pingyi.evaluation.domain.finding.RectificationItem;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * What the evaluators found in a round and what the units must put right: the findings, the
 * rectification items raised from them, and the items carried over from the previous year's round.
 * Part of {@link EvaluationRound}, which checks the lifecycle and that a finding refers to its units
 * and dimensions before calling in here. The lists are handed out as read-only live views; the root
 * copies whatever it makes public.
 */
final class RoundFindings {

    private final List<Finding> findings = new ArrayList<>();
    private final List<RectificationItem> raised = new ArrayList<>();
    private final List<RectificationItem> carried = new ArrayList<>();

    /** As stored: each was checked when it was added. */
    void restore(List<Finding> storedFindings, List<RectificationItem> storedRaised,
            List<RectificationItem> storedCarried) {
        findings.addAll(storedFindings);
        raised.addAll(storedRaised);
        carried.addAll(storedCarried);
    }

    void add(Finding finding) {
        findings.add(finding);
    }

    void remove(FindingId findingId) {
        if (!findings.removeIf(f -> f.id().equals(findingId))) {
            throw new DomainException("finding.unknown", String.valueOf(findingId));
        }
    }

    /** An item needs a unit that answers for it, so only a PROBLEM finding about one unit gives one. */
    RectificationItem raise(RoundId round, FindingId findingId, String description, LocalDate due) {
        Finding finding = findings.stream().filter(f -> f.id().equals(findingId)).findFirst()
                .orElseThrow(() -> new DomainException("finding.unknown", String.valueOf(findingId)));
        if (finding.kind() != FindingKind.PROBLEM) {
            throw new DomainException("rectification.needs-problem-finding", finding.kind().name());
        }
        UnitId unit = finding.aboutUnit()
                .orElseThrow(() -> new DomainException("rectification.needs-unit-finding"));
        RectificationItem item = new RectificationItem(UUID.randomUUID(), round, findingId, unit, description, due,
                RectificationItem.Status.OPEN, null);
        raised.add(item);
        return item;
    }

    /** Items are values: a checked item replaces the open one in place, keeping the list's order. */
    void checkCarried(UUID itemId, String note) {
        for (int k = 0; k < carried.size(); k++) {
            if (carried.get(k).id().equals(itemId)) {
                carried.set(k, carried.get(k).done(note));
                return;
            }
        }
        throw new DomainException("rectification.unknown", String.valueOf(itemId));
    }

    List<Finding> all() {
        return Collections.unmodifiableList(findings);
    }

    List<RectificationItem> raised() {
        return Collections.unmodifiableList(raised);
    }

    List<RectificationItem> carried() {
        return Collections.unmodifiableList(carried);
    }
}
