package com.pingyi.evaluation.application.readmodel;

import com.pingyi.evaluation.application.port.in.paging.Page;
import com.pingyi.evaluation.domain.round.RoundStatus;
import com.pingyi.evaluation.domain.scheme.DimensionCode;
import com.pingyi.evaluation.domain.score.Assignment;
import com.pingyi.evaluation.domain.score.ScorerId;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who scores which unit x dimension pair of a round: the round (its status, and the version to send with
 * the next command), its dimensions in scheme order, its experts in registration order, and one page of its
 * units in registry order with the experts assigned to each of their dimensions. {@code activeUnits}: the
 * ids of every unit still taking part, in registry order, so that a screen can assign a whole dimension
 * without reading every page of a national round.
 */
public record AssignmentMatrix(RoundState round, List<Column> dimensions, List<Expert> experts, List<UnitId> activeUnits,
        Page<Row> units) {

    public AssignmentMatrix {
        dimensions = List.copyOf(dimensions);
        experts = List.copyOf(experts);
        activeUnits = List.copyOf(activeUnits);
    }

    /** A dimension of the scheme: one column of the matrix. */
    public record Column(DimensionCode code, String name) {
    }

    /**
     * An expert with their pairs (on the round's current units and dimensions) and the units they are
     * affiliated with, by id with their names, which they may never be assigned (conflict of interest).
     */
    public record Expert(ScorerId id, String name, Map<UnitId, String> conflicts, Set<Assignment> pairs) {

        public Expert {
            conflicts = Map.copyOf(conflicts);
            pairs = Set.copyOf(pairs);
        }

        public boolean conflictsWith(UnitId unit) {
            return conflicts.containsKey(unit);
        }
    }

    /** One unit of the round (withdrawn ones included, marked) and, per dimension code, the experts assigned to it. */
    public record Row(UnitId unit, String name, boolean withdrawn, Map<DimensionCode, List<ScorerId>> assigned) {

        public Row {
            assigned = Map.copyOf(assigned);
        }

        public List<ScorerId> assignedTo(DimensionCode dimension) {
            return assigned.getOrDefault(dimension, List.of());
        }
    }

    public Optional<Expert> expert(ScorerId id) {
        return experts.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** Whether the round's status still allows experts to be changed (the use cases decide in any case). */
    public boolean changeable() {
        return round.status() == RoundStatus.DRAFT || round.status() == RoundStatus.OPEN;
    }
}
