package com.pingyi.evaluation.application.service.mywork;

import com.pingyi.evaluation.application.port.in.mywork.ListMyAssignments;
import com.pingyi.evaluation.application.port.in.mywork.ListMyAssignmentsUseCase;
import com.pingyi.evaluation.application.port.in.paging.Page;
import com.pingyi.evaluation.application.port.out.FindRoundsOfScorerPort;
import com.pingyi.evaluation.application.port.out.LoadRoundPort;
import com.pingyi.evaluation.application.readmodel.MyAssignment;
import com.pingyi.evaluation.application.service.access.Access;
import com.pingyi.evaluation.application.service.access.ScoreAccess;
import com.pingyi.evaluation.application.service.access.Viewer;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.scheme.Dimension;
import com.pingyi.evaluation.domain.scheme.Indicator;
import com.pingyi.evaluation.domain.scheme.Scheme;
import com.pingyi.evaluation.domain.score.ScorerId;
import com.pingyi.evaluation.domain.score.UnitSheet;
import com.pingyi.evaluation.domain.unit.EvaluatedUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pairs an expert may open, as {@link ScoreAccess} decides them (affiliated and withdrawn units
 * left out), counted from the unit's score sheet, never from a scan of the whole score book.
 */
class ListMyAssignmentsService implements ListMyAssignmentsUseCase {

    private final LoadRoundPort load;
    private final FindRoundsOfScorerPort findRounds;
    private final Access access;

    ListMyAssignmentsService(LoadRoundPort load, FindRoundsOfScorerPort findRounds, Access access) {
        this.load = load;
        this.findRounds = findRounds;
        this.access = access;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<MyAssignment> listMyAssignments(ListMyAssignments query) {
        Viewer viewer = access.viewer();
        ScorerId me = ScorerId.of(viewer.username());
        List<EvaluationRound> rounds = new ArrayList<>();
        findRounds.findRoundsOfScorer(me).forEach(id -> load.loadRound(id).ifPresent(rounds::add));
        rounds.sort(Comparator.comparing((EvaluationRound r) -> r.year().value()).reversed().thenComparing(EvaluationRound::title));
        List<MyAssignment> rows = new ArrayList<>();
        for (EvaluationRound round : rounds) {
            if (round.scheme().isEmpty()) {
                continue;
            }
            Scheme scheme = round.scheme().get();
            for (EvaluatedUnit unit : ScoreAccess.readableUnits(viewer, round)) {
                UnitSheet sheet = round.scores().sheetOf(unit.id());
                for (Dimension dimension : scheme.dimensions()) {
                    int indicators = 0;
                    int scored = 0;
                    for (Indicator indicator : dimension.indicators()) {
                        if (!ScoreAccess.seesLine(viewer, round, unit.id(), dimension, indicator)) {
                            continue;
                        }
                        indicators++;
                        int i = scheme.indexOf(indicator.code());
                        for (int k = 0; k < sheet.count(i); k++) {
                            if (sheet.scorerAt(i, k).equals(me)) {
                                scored++;
                                break;
                            }
                        }
                    }
                    if (indicators > 0) {
                        rows.add(new MyAssignment(round.id(), round.year().value(), round.title(), round.status(), unit.id(), unit.name(),
                                dimension.code(), dimension.name(), indicators, scored));
                    }
                }
            }
        }
        int from = Math.min(query.page().offset(), rows.size());
        return new Page<>(rows.subList(from, Math.min(from + query.page().limit(), rows.size())), rows.size());
    }
}
