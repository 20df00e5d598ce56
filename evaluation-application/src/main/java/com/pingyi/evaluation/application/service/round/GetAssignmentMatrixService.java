package com.pingyi.evaluation.application.service.round;

import com.pingyi.evaluation.application.port.in.expert.GetAssignmentMatrix;
import com.pingyi.evaluation.application.port.in.expert.GetAssignmentMatrixUseCase;
import com.pingyi.evaluation.application.port.in.paging.Page;
import com.pingyi.evaluation.application.readmodel.AssignmentMatrix;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.scheme.DimensionCode;
import com.pingyi.evaluation.domain.score.Assignment;
import com.pingyi.evaluation.domain.score.Scorer;
import com.pingyi.evaluation.domain.score.ScorerId;
import com.pingyi.evaluation.domain.unit.EvaluatedUnit;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.transaction.annotation.Transactional;

class GetAssignmentMatrixService implements GetAssignmentMatrixUseCase {

    private final RoundChanges changes;

    GetAssignmentMatrixService(RoundChanges changes) {
        this.changes = changes;
    }

    @Override
    @Transactional(readOnly = true)
    public AssignmentMatrix getAssignmentMatrix(GetAssignmentMatrix query) {
        EvaluationRound round = changes.load(query.round());
        List<AssignmentMatrix.Column> columns = round.scheme().map(s -> s.dimensions().stream()
                .map(d -> new AssignmentMatrix.Column(d.code(), d.name())).toList()).orElse(List.of());
        Set<DimensionCode> dimensions = columns.stream().map(AssignmentMatrix.Column::code).collect(Collectors.toSet());
        Map<UnitId, String> units = round.units().stream().collect(Collectors.toMap(EvaluatedUnit::id, EvaluatedUnit::name));
        // Unit contacts enter their own unit's self-inspection: nothing of theirs is assigned.
        List<AssignmentMatrix.Expert> experts = round.scorers().stream().filter(s -> !s.isUnitContact())
                .map(s -> expert(s, units, dimensions)).toList();

        String filter = query.unitFilter().toLowerCase(Locale.ROOT);
        List<EvaluatedUnit> matching = filter.isEmpty() ? round.units()
                : round.units().stream().filter(u -> u.name().toLowerCase(Locale.ROOT).contains(filter)).toList();
        int from = Math.min(query.units().offset(), matching.size());
        int to = Math.min(from + query.units().limit(), matching.size());
        List<EvaluatedUnit> page = matching.subList(from, to);
        Map<UnitId, Map<DimensionCode, List<ScorerId>>> cells = new HashMap<>();
        page.forEach(u -> cells.put(u.id(), new HashMap<>()));
        for (AssignmentMatrix.Expert expert : experts) {
            for (Assignment pair : expert.pairs()) {
                Map<DimensionCode, List<ScorerId>> row = cells.get(pair.unit());
                if (row != null) {
                    row.computeIfAbsent(pair.dimension(), d -> new ArrayList<>()).add(expert.id());
                }
            }
        }
        List<AssignmentMatrix.Row> rows = page.stream().map(u -> new AssignmentMatrix.Row(u.id(), u.name(),
                round.withdrawal(u.id()).isPresent(), cells.get(u.id()))).toList();
        List<UnitId> active = round.activeUnits().stream().map(EvaluatedUnit::id).toList();
        return new AssignmentMatrix(RoundChanges.state(round), columns, experts, active, new Page<>(rows, matching.size()));
    }

    /** Pairs on a unit or dimension the round no longer has are left out: they can no longer be scored. */
    private static AssignmentMatrix.Expert expert(Scorer s, Map<UnitId, String> units, Set<DimensionCode> dimensions) {
        Set<Assignment> pairs = s.assignments().stream()
                .filter(p -> units.containsKey(p.unit()) && dimensions.contains(p.dimension())).collect(Collectors.toSet());
        Map<UnitId, String> conflicts = s.affiliations().stream().filter(units::containsKey)
                .collect(Collectors.toMap(u -> u, units::get));
        return new AssignmentMatrix.Expert(s.id(), s.name(), conflicts, pairs);
    }
}
