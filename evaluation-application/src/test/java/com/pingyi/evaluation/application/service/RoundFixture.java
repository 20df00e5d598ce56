package com.pingyi.evaluation.application.service;

import com.pingyi.evaluation.application.fakes.InMemoryAudit;
import com.pingyi.evaluation.application.fakes.InMemoryResults;
import com.pingyi.evaluation.application.fakes.InMemoryRounds;
import com.pingyi.evaluation.application.port.in.round.RoundRef;
import com.pingyi.evaluation.application.service.result.ResultQueries;
import com.pingyi.evaluation.application.service.round.RoundServices;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.round.RoundId;

/** The round use cases over in-memory fakes of every output port they use. */
final class RoundFixture {

    final InMemoryRounds rounds = new InMemoryRounds();
    final InMemoryResults results = new InMemoryResults();
    final InMemoryAudit audit = new InMemoryAudit();
    final RoundServices services = new RoundServices(rounds, rounds, results, audit.trail());
    final ResultQueries queries = new ResultQueries(rounds, results);

    /** Stores a round as if an earlier use case had, without an audit entry. */
    RoundRef store(EvaluationRound round) {
        EvaluationRound stored = rounds.saveRound(round);
        return new RoundRef(stored.id(), stored.version());
    }

    EvaluationRound load(RoundId id) {
        return rounds.loadRound(id).orElseThrow();
    }

    RoundRef ref(RoundId id) {
        return new RoundRef(id, load(id).version());
    }
}
