package com.pingyi.evaluation.persistence.account;

import com.pingyi.evaluation.application.port.in.account.UserFilter;
import com.pingyi.evaluation.application.port.in.paging.Page;
import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.application.port.out.LoadUserAccountPort;
import com.pingyi.evaluation.application.port.out.SaveUserAccountPort;
import com.pingyi.evaluation.domain.user.UserAccount;
import com.pingyi.evaluation.domain.user.Username;
import com.pingyi.evaluation.persistence.paging.OffsetPageable;
import com.pingyi.evaluation.persistence.support.AggregateStore;
import jakarta.persistence.EntityManager;
import java.util.Locale;
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
    public Page<UserAccount> findUsers(UserFilter filter, PageRequest page) {
        String pattern = "%" + filter.search().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        var result = filter.role() == null ? repository.search(pattern, OffsetPageable.of(page))
                : repository.searchWithRole(pattern, filter.role(), OffsetPageable.of(page));
        return new Page<>(result.getContent().stream().map(mapper::toDomain).toList(), result.getTotalElements());
    }

    @Override
    public UserAccount saveUserAccount(UserAccount account) {
        UserAccountJpaEntity entity = mapper.toEntity(account);
        var stored = AggregateStore.store(entityManager, repository.existsById(entity.getId()), entity, "user", entity.getId());
        return mapper.toDomain(stored);
    }
}
