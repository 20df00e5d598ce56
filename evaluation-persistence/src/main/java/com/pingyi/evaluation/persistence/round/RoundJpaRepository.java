package com.pingyi.evaluation.persistence.round;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface RoundJpaRepository extends JpaRepository<RoundJpaEntity, UUID> {

    Page<RoundJpaEntity> findAllByOrderByEvaluationYearDescTitleAsc(Pageable pageable);
}
