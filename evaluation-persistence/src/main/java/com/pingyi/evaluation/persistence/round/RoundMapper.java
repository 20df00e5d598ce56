package com.pingyi.evaluation.persistence.round;

import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.round.EvaluationYear;
import com.pingyi.evaluation.domain.round.RoundId;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;

/**
 * Domain aggregates expose fluent accessors (id(), year()), which MapStruct does not read as
 * properties, hence the expressions; the generated code is still compiled and checked, and any
 * entity column left unmapped fails the build.
 */
@Mapper(componentModel = "spring", unmappedTargetPolicy = ReportingPolicy.ERROR)
interface RoundMapper {

    @Mapping(target = "id", expression = "java(round.id().value())")
    @Mapping(target = "evaluationYear", expression = "java(round.year().value())")
    @Mapping(target = "title", expression = "java(round.title())")
    @Mapping(target = "status", expression = "java(round.status())")
    @Mapping(target = "version", expression = "java(round.version())")
    RoundJpaEntity toEntity(EvaluationRound round);

    default EvaluationRound toDomain(RoundJpaEntity entity) {
        return EvaluationRound.restore(new RoundId(entity.getId()), EvaluationYear.of(entity.getEvaluationYear()),
                entity.getTitle(), entity.getStatus(), entity.getVersion());
    }
}
