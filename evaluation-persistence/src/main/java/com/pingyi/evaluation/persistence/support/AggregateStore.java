package com.pingyi.evaluation.persistence.support;

import com.pingyi.evaluation.domain.shared.ConcurrentChangeException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Writes one aggregate's root entity. Ids are assigned by the domain, so Spring Data could not tell
 * a new aggregate from a stale copy: new ones are persisted, known ones merged with their version
 * checked, and a version conflict becomes the domain's {@link ConcurrentChangeException}.
 */
public final class AggregateStore {

    private AggregateStore() {
    }

    public static <E> E store(EntityManager entityManager, boolean known, E entity, String what, Object id) {
        try {
            E stored;
            if (known) {
                stored = entityManager.merge(entity);
            } else {
                entityManager.persist(entity);
                stored = entity;
            }
            entityManager.flush();
            return stored;
        } catch (OptimisticLockException | OptimisticLockingFailureException stale) {
            throw new ConcurrentChangeException(what, id);
        }
    }
}
