package com.pingyi.evaluation.persistence.account;

import com.pingyi.evaluation.domain.user.Role;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserAccountJpaRepository extends JpaRepository<UserAccountJpaEntity, UUID> {

    Optional<UserAccountJpaEntity> findByUsername(String username);

    @Query(value = "select a from UserAccountJpaEntity a where lower(a.username) like :pattern escape '\\' "
            + "or lower(a.displayName) like :pattern escape '\\' order by a.username",
            countQuery = "select count(a) from UserAccountJpaEntity a where lower(a.username) like :pattern escape '\\' "
                    + "or lower(a.displayName) like :pattern escape '\\'")
    Page<UserAccountJpaEntity> search(@Param("pattern") String pattern, Pageable page);

    @Query(value = "select a from UserAccountJpaEntity a where :role member of a.roles and (lower(a.username) like :pattern escape '\\' "
            + "or lower(a.displayName) like :pattern escape '\\') order by a.username",
            countQuery = "select count(a) from UserAccountJpaEntity a where :role member of a.roles and (lower(a.username) like :pattern "
                    + "escape '\\' or lower(a.displayName) like :pattern escape '\\')")
    Page<UserAccountJpaEntity> searchWithRole(@Param("pattern") String pattern, @Param("role") Role role, Pageable page);
}
