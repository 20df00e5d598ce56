package com.pingyi.evaluation.persistence.account;

import com.pingyi.evaluation.domain.unit.UnitId;
import com.pingyi.evaluation.domain.user.UserAccount;
import com.pingyi.evaluation.domain.user.UserId;
import com.pingyi.evaluation.domain.user.Username;
import java.util.stream.Collectors;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;

/** See RoundMapper for why the domain side is read with expressions. */
@Mapper(componentModel = "spring", unmappedTargetPolicy = ReportingPolicy.ERROR)
interface UserAccountMapper {

    @Mapping(target = "id", expression = "java(account.id().value())")
    @Mapping(target = "username", expression = "java(account.username().value())")
    @Mapping(target = "displayName", expression = "java(account.displayName())")
    @Mapping(target = "passwordHash", expression = "java(account.passwordHash())")
    @Mapping(target = "roles", expression = "java(account.roles())")
    @Mapping(target = "unitId", expression = "java(account.unit().map(u -> u.value()).orElse(null))")
    @Mapping(target = "affiliations", expression = "java(account.affiliations().stream().map(u -> u.value()).collect(java.util.stream.Collectors.toSet()))")
    @Mapping(target = "enabled", expression = "java(account.enabled())")
    @Mapping(target = "mustChangePassword", expression = "java(account.mustChangePassword())")
    @Mapping(target = "failedSignIns", expression = "java(account.failedSignIns())")
    @Mapping(target = "lockedUntil", expression = "java(account.lockedUntil().orElse(null))")
    @Mapping(target = "version", expression = "java(account.version())")
    UserAccountJpaEntity toEntity(UserAccount account);

    default UserAccount toDomain(UserAccountJpaEntity entity) {
        return UserAccount.restore(new UserId(entity.getId()), Username.of(entity.getUsername()), entity.getDisplayName(),
                entity.getPasswordHash(), entity.getRoles(), entity.getUnitId() == null ? null : new UnitId(entity.getUnitId()),
                entity.getAffiliations().stream().map(UnitId::new).collect(Collectors.toSet()), entity.isEnabled(),
                entity.isMustChangePassword(), entity.getFailedSignIns(), entity.getLockedUntil(), entity.getVersion());
    }
}
