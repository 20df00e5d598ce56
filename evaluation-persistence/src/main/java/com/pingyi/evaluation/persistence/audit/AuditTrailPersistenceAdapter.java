package com.pingyi.evaluation.persistence.audit;

import com.pingyi.evaluation.application.port.in.audit.AuditFilter;
import com.pingyi.evaluation.application.port.in.paging.Page;
import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.application.port.out.AppendAuditPort;
import com.pingyi.evaluation.application.port.out.AuditRecord;
import com.pingyi.evaluation.application.port.out.LoadAuditTrailPort;
import com.pingyi.evaluation.application.readmodel.AuditEntryView;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
class AuditTrailPersistenceAdapter implements AppendAuditPort, LoadAuditTrailPort {

    private final AuditEntryJpaRepository repository;
    private final AuditEntryMapper mapper;
    private final EntityManager entityManager;

    AuditTrailPersistenceAdapter(AuditEntryJpaRepository repository, AuditEntryMapper mapper, EntityManager entityManager) {
        this.repository = repository;
        this.mapper = mapper;
        this.entityManager = entityManager;
    }

    @Override
    public void append(AuditRecord record) {
        repository.save(mapper.toEntity(record));
    }

    @Override
    public Page<AuditEntryView> loadAuditTrail(AuditFilter filter, PageRequest page) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();

        CriteriaQuery<AuditEntryJpaEntity> select = cb.createQuery(AuditEntryJpaEntity.class);
        Root<AuditEntryJpaEntity> entry = select.from(AuditEntryJpaEntity.class);
        select.where(matching(filter, cb, entry)).orderBy(cb.desc(entry.get("id")));
        List<AuditEntryView> rows = entityManager.createQuery(select)
                .setFirstResult(page.offset()).setMaxResults(page.limit())
                .getResultStream().map(mapper::toView).toList();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<AuditEntryJpaEntity> counted = count.from(AuditEntryJpaEntity.class);
        count.select(cb.count(counted)).where(matching(filter, cb, counted));
        return new Page<>(rows, entityManager.createQuery(count).getSingleResult());
    }

    // Criteria rather than "(:p is null or ...)" JPQL: PostgreSQL cannot type a null parameter.
    private static Predicate[] matching(AuditFilter filter, CriteriaBuilder cb, Root<AuditEntryJpaEntity> entry) {
        List<Predicate> where = new ArrayList<>();
        if (filter.aggregateType() != null) {
            where.add(cb.equal(entry.get("aggregateType"), filter.aggregateType()));
        }
        if (filter.aggregateId() != null) {
            where.add(cb.equal(entry.get("aggregateId"), filter.aggregateId()));
        }
        if (filter.actor() != null) {
            where.add(cb.equal(entry.get("actor"), filter.actor()));
        }
        if (filter.useCase() != null) {
            where.add(cb.equal(entry.get("useCase"), filter.useCase()));
        }
        if (filter.from() != null) {
            where.add(cb.greaterThanOrEqualTo(entry.get("at"), filter.from()));
        }
        if (filter.to() != null) {
            where.add(cb.lessThan(entry.get("at"), filter.to()));
        }
        return where.toArray(Predicate[]::new);
    }
}
