package com.pingyi.evaluation.persistence.round;

import com.pingyi.evaluation.application.port.in.paging.Page;
import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.application.port.out.LoadRoundsPort;
import com.pingyi.evaluation.application.port.out.SaveRoundPort;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.persistence.paging.OffsetPageable;
import com.pingyi.evaluation.persistence.support.AggregateStore;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

@Component
class RoundPersistenceAdapter implements LoadRoundsPort, SaveRoundPort {

    private final RoundJpaRepository repository;
    private final RoundMapper mapper;
    private final EntityManager entityManager;

    RoundPersistenceAdapter(RoundJpaRepository repository, RoundMapper mapper, EntityManager entityManager) {
        this.repository = repository;
        this.mapper = mapper;
        this.entityManager = entityManager;
    }

    @Override
    public Page<EvaluationRound> loadRounds(PageRequest page) {
        var result = repository.findAllByOrderByEvaluationYearDescTitleAsc(OffsetPageable.of(page));
        return new Page<>(result.getContent().stream().map(mapper::toDomain).toList(), result.getTotalElements());
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
