package com.pingyi.evaluation.application.service.finding;

import com.pingyi.evaluation.application.port.in.finding.ListFindingsUseCase;
import com.pingyi.evaluation.application.port.in.finding.ListRectificationsUseCase;
import com.pingyi.evaluation.application.port.in.finding.ListStatisticOptionsUseCase;
import com.pingyi.evaluation.application.port.out.LoadRoundPort;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.shared.DomainException;
import java.util.Optional;

/**
 * The only way to obtain the read-only questions about a round's findings and rectification items:
 * the services stay package-private, the wiring sees the input ports alone.
 */
public final class FindingQueries {

    private final LoadRoundPort load;

    public FindingQueries(LoadRoundPort load) {
        this.load = load;
    }

    public ListFindingsUseCase listFindings() {
        return new ListFindingsService(this);
    }

    public ListStatisticOptionsUseCase listStatisticOptions() {
        return new ListStatisticOptionsService(this);
    }

    public ListRectificationsUseCase listRectifications() {
        return new ListRectificationsService(this);
    }

    EvaluationRound round(RoundId id) {
        return load.loadRound(id).orElseThrow(() -> new DomainException("round.not-found", id));
    }

    Optional<EvaluationRound> earlierRound(RoundId id) {
        return load.loadRound(id);
    }
}
