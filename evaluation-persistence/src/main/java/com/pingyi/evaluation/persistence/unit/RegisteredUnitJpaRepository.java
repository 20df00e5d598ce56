package com.pingyi.evaluation.persistence.unit;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface RegisteredUnitJpaRepository extends JpaRepository<RegisteredUnitJpaEntity, UUID> {

    Optional<RegisteredUnitJpaEntity> findByName(String name);

    Page<RegisteredUnitJpaEntity> findAllByOrderByNameAsc(Pageable page);

    Page<RegisteredUnitJpaEntity> findByNameContainingOrderByNameAsc(String search, Pageable page);
}
