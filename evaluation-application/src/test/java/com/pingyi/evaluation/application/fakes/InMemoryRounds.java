package com.pingyi.evaluation.application.fakes;

import com.pingyi.evaluation.application.port.in.paging.Page;
import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.application.port.out.LoadRoundsPort;
import com.pingyi.evaluation.application.port.out.SaveRoundPort;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Rounds in a map, ordered as the real adapter orders them. */
public class InMemoryRounds implements LoadRoundsPort, SaveRoundPort {

    private final Map<Object, EvaluationRound> rounds = new LinkedHashMap<>();

    @Override
    public Page<EvaluationRound> loadRounds(PageRequest page) {
        List<EvaluationRound> all = new ArrayList<>(rounds.values());
        all.sort(Comparator.comparing(EvaluationRound::year).reversed().thenComparing(EvaluationRound::title));
        int from = Math.min(page.offset(), all.size());
        int to = Math.min(from + page.limit(), all.size());
        return new Page<>(all.subList(from, to), all.size());
    }

    @Override
    public long countRounds() {
        return rounds.size();
    }

    @Override
    public EvaluationRound saveRound(EvaluationRound round) {
        EvaluationRound stored = EvaluationRound.restore(round.id(), round.year(), round.title(), round.status(), round.version() + 1);
        rounds.put(round.id(), stored);
        return stored;
    }

    public List<EvaluationRound> all() {
        return List.copyOf(rounds.values());
    }
}
