package com.pingyi.evaluation.persistence.round;

import com.pingyi.evaluation.domain.round.RoundStatus;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The rounds list. It reads a projection, not managed entities: the header is written with JDBC
 * beside the round's contents, and a projection can never hand out a stale copy from the
 * persistence context.
 */
interface RoundJpaRepository extends JpaRepository<RoundJpaEntity, UUID> {

    Page<RoundSummaryRow> findAllByOrderByEvaluationYearDescTitleAsc(Pageable pageable);

    Optional<RoundHeaderRow> findHeaderById(UUID id);

    // One derived query per filter combination: a single "(:year is null or ...)" query leaves
    // PostgreSQL unable to type a null parameter.
    Page<RoundSummaryRow> findByEvaluationYearOrderByTitleAsc(int evaluationYear, Pageable pageable);

    Page<RoundSummaryRow> findByStatusOrderByEvaluationYearDescTitleAsc(RoundStatus status, Pageable pageable);

    Page<RoundSummaryRow> findByEvaluationYearAndStatusOrderByTitleAsc(int evaluationYear, RoundStatus status, Pageable pageable);
}
