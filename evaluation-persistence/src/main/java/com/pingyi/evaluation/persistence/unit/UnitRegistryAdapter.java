package com.pingyi.evaluation.persistence.unit;

import com.pingyi.evaluation.application.port.in.paging.Page;
import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.application.port.out.UnitRegistryPort;
import com.pingyi.evaluation.application.readmodel.RegisteredUnitView;
import com.pingyi.evaluation.domain.shared.ConcurrentChangeException;
import com.pingyi.evaluation.domain.unit.EvaluatedUnit;
import com.pingyi.evaluation.domain.unit.UnitId;
import com.pingyi.evaluation.persistence.paging.OffsetPageable;
import com.pingyi.evaluation.persistence.support.AggregateStore;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.springframework.stereotype.Component;

@Component
class UnitRegistryAdapter implements UnitRegistryPort {

    private final RegisteredUnitJpaRepository repository;
    private final RegisteredUnitMapper mapper;
    private final EntityManager entityManager;

    UnitRegistryAdapter(RegisteredUnitJpaRepository repository, RegisteredUnitMapper mapper, EntityManager entityManager) {
        this.repository = repository;
        this.mapper = mapper;
        this.entityManager = entityManager;
    }

    @Override
    public Optional<RegisteredUnitView> findUnit(UnitId id) {
        return repository.findById(id.value()).map(mapper::toView);
    }

    @Override
    public Optional<RegisteredUnitView> findUnitNamed(String name) {
        return repository.findByName(name).map(mapper::toView);
    }

    @Override
    public Page<RegisteredUnitView> searchUnits(String search, PageRequest page) {
        var result = search == null || search.isBlank()
                ? repository.findAllByOrderByNameAsc(OffsetPageable.of(page))
                : repository.findByNameContainingOrderByNameAsc(search.strip(), OffsetPageable.of(page));
        return new Page<>(result.getContent().stream().map(mapper::toView).toList(), result.getTotalElements());
    }

    @Override
    public RegisteredUnitView saveUnit(EvaluatedUnit unit, long expectedVersion) {
        RegisteredUnitJpaEntity entity = mapper.toEntity(unit);
        Optional<RegisteredUnitJpaEntity> stored = repository.findById(entity.getId());
        long current = stored.map(RegisteredUnitJpaEntity::getVersion).map(v -> v + 1).orElse(0L);
        if (current != expectedVersion) {
            throw new ConcurrentChangeException("unit", unit.id());
        }
        stored.ifPresent(s -> entity.setVersion(s.getVersion()));
        return mapper.toView(AggregateStore.store(entityManager, stored.isPresent(), entity, "unit", unit.id()));
    }
}
