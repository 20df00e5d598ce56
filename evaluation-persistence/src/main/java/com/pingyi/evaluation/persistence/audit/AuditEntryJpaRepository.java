package com.pingyi.evaluation.persistence.audit;

import org.springframework.data.repository.Repository;

/**
 * Append-only by construction: a bare {@link Repository} that declares {@code save} and nothing
 * else, so there is no delete, and the entity is immutable, so there is no update. Reading goes
 * through the adapter's criteria query.
 */
interface AuditEntryJpaRepository extends Repository<AuditEntryJpaEntity, Long> {

    AuditEntryJpaEntity save(AuditEntryJpaEntity entry);
}
