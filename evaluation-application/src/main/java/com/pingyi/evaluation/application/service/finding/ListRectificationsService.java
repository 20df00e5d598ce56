package com.pingyi.evaluation.application.service.finding;

import com.pingyi.evaluation.application.port.in.finding.ListRectifications;
import com.pingyi.evaluation.application.port.in.finding.ListRectificationsUseCase;
import com.pingyi.evaluation.application.port.in.paging.Page;
import com.pingyi.evaluation.application.readmodel.RectificationView;
import com.pingyi.evaluation.domain.finding.RectificationItem;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.unit.EvaluatedUnit;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;

class ListRectificationsService implements ListRectificationsUseCase {

    private final FindingQueries queries;

    ListRectificationsService(FindingQueries queries) {
        this.queries = queries;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<RectificationView> listRectifications(ListRectifications query) {
        EvaluationRound round = queries.round(query.round());
        List<RectificationItem> items = switch (query.origin()) {
            case RAISED_HERE -> round.rectifications();
            case CARRIED_IN -> round.carriedRectifications();
        };
        int from = Math.min(query.page().offset(), items.size());
        int to = Math.min(from + query.page().limit(), items.size());
        // A carried item's finding is in the round that raised it: each such round is read once per page.
        Map<RoundId, Optional<EvaluationRound>> raisingRounds = new HashMap<>();
        raisingRounds.put(round.id(), Optional.of(round));
        return new Page<>(items.subList(from, to).stream().map(item -> view(round, item,
                raisingRounds.computeIfAbsent(item.raisedIn(), queries::earlierRound))).toList(), items.size());
    }

    private static RectificationView view(EvaluationRound round, RectificationItem item, Optional<EvaluationRound> raisedIn) {
        String findingText = raisedIn.flatMap(r -> r.findings().stream().filter(f -> f.id().equals(item.finding())).findFirst()
                .map(f -> Figures.rendered(f, new Figures(r).of(f)))).orElse(null);
        String unitName = unitName(round, item.unit())
                .or(() -> raisedIn.flatMap(r -> unitName(r, item.unit()))).orElse(item.unit().toString());
        return new RectificationView(item.id(), item.raisedIn(), raisedIn.map(r -> r.year().value()).orElse(null),
                item.finding(), findingText, item.unit(), unitName, item.description(), item.due(), item.status(),
                item.checkNote());
    }

    private static Optional<String> unitName(EvaluationRound round, UnitId unit) {
        return round.units().stream().filter(u -> u.id().equals(unit)).map(EvaluatedUnit::name).findFirst();
    }
}
