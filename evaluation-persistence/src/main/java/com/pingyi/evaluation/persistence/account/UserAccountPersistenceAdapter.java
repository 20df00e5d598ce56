package com.pingyi.evaluation.persistence.account;

import com.pingyi.evaluation.application.port.out.LoadUserAccountPort;
import com.pingyi.evaluation.application.port.out.SaveUserAccountPort;
import com.pingyi.evaluation.domain.user.UserAccount;
import com.pingyi.evaluation.domain.user.Username;
import com.pingyi.evaluation.domain.shared.ConcurrentChangeException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import org.springframework.dao.OptimisticLockingFailureException;
import java.util.Optional;
import org.springframework.stereotype.Component;

@Component
class UserAccountPersistenceAdapter implements LoadUserAccountPort, SaveUserAccountPort {

    private final UserAccountJpaRepository repository;
    private final UserAccountMapper mapper;
    private final EntityManager entityManager;

    UserAccountPersistenceAdapter(UserAccountJpaRepository repository, UserAccountMapper mapper, EntityManager entityManager) {
        this.repository = repository;
        this.mapper = mapper;
        this.entityManager = entityManager;
    }

    @Override
    public Optional<UserAccount> findByUsername(Username username) {
        return repository.findByUsername(username.value()).map(mapper::toDomain);
    }

    @Override
    public UserAccount saveUserAccount(UserAccount account) {
        UserAccountJpaEntity entity = mapper.toEntity(account);
        UserAccountJpaEntity stored;
        try {
            if (repository.existsById(entity.getId())) {
                stored = entityManager.merge(entity);
            } else {
                entityManager.persist(entity);
                stored = entity;
            }
            entityManager.flush();
        } catch (OptimisticLockException | OptimisticLockingFailureException stale) {
            throw new ConcurrentChangeException("user", entity.getId());
        }
        return mapper.toDomain(stored);
    }
}
