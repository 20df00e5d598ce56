package com.pingyi.evaluation.persistence.unit;

import com.pingyi.evaluation.application.readmodel.RegisteredUnitView;
import com.pingyi.evaluation.domain.unit.EvaluatedUnit;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;

@Mapper(componentModel = "spring", unmappedTargetPolicy = ReportingPolicy.ERROR)
interface RegisteredUnitMapper {

    @Mapping(target = "version", ignore = true)
    RegisteredUnitJpaEntity toEntity(EvaluatedUnit unit);

    /** The application counts from 1 for a stored unit (0 means "not yet stored"); JPA counts from 0. */
    @Mapping(target = "version", expression = "java(entity.getVersion() + 1)")
    RegisteredUnitView toView(RegisteredUnitJpaEntity entity);

    default UUID id(UnitId id) {
        return id.value();
    }

    default UnitId unitId(UUID id) {
        return new UnitId(id);
    }

    default Set<UUID> ids(Set<UnitId> ids) {
        return ids.stream().map(UnitId::value).collect(Collectors.toSet());
    }

    default Set<UnitId> unitIds(Set<UUID> ids) {
        return ids.stream().map(UnitId::new).collect(Collectors.toSet());
    }
}
