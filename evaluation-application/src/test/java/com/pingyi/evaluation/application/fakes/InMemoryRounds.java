package com.pingyi.evaluation.application.fakes;

import com.pingyi.evaluation.application.port.in.paging.Page;
import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.application.port.in.round.RoundFilter;
import com.pingyi.evaluation.application.port.out.LoadRoundPort;
import com.pingyi.evaluation.application.port.out.LoadRoundSummariesPort;
import com.pingyi.evaluation.application.port.out.SaveRoundPort;
import com.pingyi.evaluation.application.readmodel.RoundSummary;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.shared.ConcurrentChangeException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rounds in a map, with the real adapter's contract: copies in and out (a caller's later changes
 * never reach the store), a version that grows with each save, and stale copies refused.
 */
public class InMemoryRounds implements LoadRoundPort, SaveRoundPort, LoadRoundSummariesPort {

    private final Map<RoundId, EvaluationRound> rounds = new LinkedHashMap<>();

    @Override
    public Optional<EvaluationRound> loadRound(RoundId id) {
        return Optional.ofNullable(rounds.get(id)).map(r -> copy(r, r.version()));
    }

    @Override
    public EvaluationRound saveRound(EvaluationRound round) {
        EvaluationRound current = rounds.get(round.id());
        long expected = current == null ? 0 : current.version();
        if (round.version() != expected) {
            throw new ConcurrentChangeException("round", round.id());
        }
        EvaluationRound stored = copy(round, expected + 1);
        rounds.put(round.id(), stored);
        return copy(stored, stored.version());
    }

    @Override
    public Page<RoundSummary> loadRoundSummaries(RoundFilter filter, PageRequest page) {
        List<EvaluationRound> all = new ArrayList<>(rounds.values().stream()
                .filter(r -> filter.accepts(r.year().value(), r.status())).toList());
        all.sort(Comparator.comparing(EvaluationRound::year).reversed().thenComparing(EvaluationRound::title));
        int from = Math.min(page.offset(), all.size());
        int to = Math.min(from + page.limit(), all.size());
        return new Page<>(all.subList(from, to).stream()
                .map(r -> new RoundSummary(r.id(), r.year().value(), r.title(), r.status())).toList(), all.size());
    }

    @Override
    public java.util.Optional<com.pingyi.evaluation.application.readmodel.RoundState> loadRoundHeader(RoundId id) {
        return java.util.Optional.ofNullable(rounds.get(id)).map(r -> new com.pingyi.evaluation.application.readmodel.RoundState(
                r.id(), r.year().value(), r.title(), r.status(), r.version()));
    }

    @Override
    public long countRounds() {
        return rounds.size();
    }

    public List<EvaluationRound> all() {
        return rounds.values().stream().map(r -> copy(r, r.version())).toList();
    }

    private static EvaluationRound copy(EvaluationRound round, long version) {
        return EvaluationRound.restore(round.id(), round.year(), round.title(), round.status(), version, round.contents());
    }
}
