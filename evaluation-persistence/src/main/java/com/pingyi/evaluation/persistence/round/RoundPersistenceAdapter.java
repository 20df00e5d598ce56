package com.pingyi.evaluation.persistence.round;

import com.pingyi.evaluation.application.port.in.paging.Page;
import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.application.port.out.LoadRoundSummariesPort;
import com.pingyi.evaluation.application.port.out.SaveRoundPort;
import com.pingyi.evaluation.application.readmodel.RoundSummary;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.persistence.paging.OffsetPageable;
import com.pingyi.evaluation.persistence.support.AggregateStore;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

@Component
class RoundPersistenceAdapter implements LoadRoundSummariesPort, SaveRoundPort {

    private final RoundJpaRepository repository;
    private final RoundMapper mapper;
    private final EntityManager entityManager;

    RoundPersistenceAdapter(RoundJpaRepository repository, RoundMapper mapper, EntityManager entityManager) {
        this.repository = repository;
        this.mapper = mapper;
        this.entityManager = entityManager;
    }

    @Override
    public Page<RoundSummary> loadRoundSummaries(PageRequest page) {
        var result = repository.findAllByOrderByEvaluationYearDescTitleAsc(OffsetPageable.of(page));
        return new Page<>(result.getContent().stream().map(RoundPersistenceAdapter::summary).toList(), result.getTotalElements());
    }

    private static RoundSummary summary(RoundJpaEntity e) {
        return new RoundSummary(new RoundId(e.getId()), e.getEvaluationYear(), e.getTitle(), e.getStatus());
    }

    @Override
    public long countRounds() {
        return repository.count();
    }

    @Override
    public EvaluationRound saveRound(EvaluationRound round) {
        RoundJpaEntity entity = mapper.toEntity(round);
        var stored = AggregateStore.store(entityManager, repository.existsById(entity.getId()), entity, "round", entity.getId());
        return mapper.toDomain(stored);
    }
}
