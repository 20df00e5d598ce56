package com.pingyi.evaluation.persistence.audit;

import com.pingyi.evaluation.application.port.out.AuditRecord;
import com.pingyi.evaluation.application.readmodel.AuditEntryView;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;

@Mapper(componentModel = "spring", unmappedTargetPolicy = ReportingPolicy.ERROR)
interface AuditEntryMapper {

    @Mapping(target = "id", ignore = true)
    AuditEntryJpaEntity toEntity(AuditRecord record);

    @Mapping(target = "sequence", source = "id")
    AuditEntryView toView(AuditEntryJpaEntity entity);
}
