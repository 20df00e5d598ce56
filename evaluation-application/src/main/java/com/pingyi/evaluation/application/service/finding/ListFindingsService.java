package com.pingyi.evaluation.application.service.finding;

import com.pingyi.evaluation.application.port.in.finding.ListFindings;
import com.pingyi.evaluation.application.port.in.finding.ListFindingsUseCase;
import com.pingyi.evaluation.application.port.in.paging.Page;
import com.pingyi.evaluation.application.readmodel.FindingView;
import com.pingyi.evaluation.application.readmodel.StatisticFigure;
import com.pingyi.evaluation.domain.finding.Finding;
import com.pingyi.evaluation.domain.finding.FindingKind;
import com.pingyi.evaluation.domain.finding.RectificationItem;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.scheme.Dimension;
import com.pingyi.evaluation.domain.unit.EvaluatedUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.transaction.annotation.Transactional;

class ListFindingsService implements ListFindingsUseCase {

    private final FindingQueries queries;

    ListFindingsService(FindingQueries queries) {
        this.queries = queries;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<FindingView> listFindings(ListFindings query) {
        EvaluationRound round = queries.round(query.round());
        // The notice's order: by kind, and within a kind as written (NoticeComposer sorts the same way, stably).
        List<Finding> ordered = new ArrayList<>(round.findings());
        ordered.sort(Comparator.comparing(Finding::kind));
        Map<FindingKind, Integer> positions = new EnumMap<>(FindingKind.class);
        List<Numbered> matching = new ArrayList<>();
        for (Finding finding : ordered) {
            int position = positions.merge(finding.kind(), 1, Integer::sum);
            if (query.kind() == null || finding.kind() == query.kind()) {
                matching.add(new Numbered(finding, position));
            }
        }
        int from = Math.min(query.page().offset(), matching.size());
        int to = Math.min(from + query.page().limit(), matching.size());
        Figures figures = new Figures(round);
        return new Page<>(matching.subList(from, to).stream().map(n -> view(round, n, figures)).toList(), matching.size());
    }

    /** A finding and its place among those of its kind, from 1, as the notice numbers them. */
    private record Numbered(Finding finding, int position) {
    }

    private static FindingView view(EvaluationRound round, Numbered numbered, Figures figures) {
        Finding finding = numbered.finding();
        List<StatisticFigure> quoted = figures.of(finding);
        String unitName = finding.aboutUnit().map(id -> round.units().stream().filter(u -> u.id().equals(id))
                .map(EvaluatedUnit::name).findFirst().orElse(id.toString())).orElse(null);
        String dimensionName = finding.aboutDimension().flatMap(code -> round.scheme().flatMap(s -> s.dimensions().stream()
                .filter(d -> d.code().equals(code)).map(Dimension::name).findFirst())).orElse(null);
        int rectifications = (int) round.rectifications().stream().map(RectificationItem::finding)
                .filter(finding.id()::equals).count();
        return new FindingView(finding.id(), finding.kind(), numbered.position(), finding.unit(), unitName, finding.dimension(),
                dimensionName, finding.text(), Figures.rendered(finding, quoted), quoted, rectifications);
    }
}
