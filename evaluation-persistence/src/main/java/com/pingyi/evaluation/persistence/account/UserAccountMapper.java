package com.pingyi.evaluation.persistence.account;

import com.pingyi.evaluation.domain.user.UserAccount;
import com.pingyi.evaluation.domain.user.UserId;
import com.pingyi.evaluation.domain.user.Username;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;

/** See RoundMapper for why the domain side is read with expressions. */
@Mapper(componentModel = "spring", unmappedTargetPolicy = ReportingPolicy.ERROR)
interface UserAccountMapper {

    @Mapping(target = "id", expression = "java(account.id().value())")
    @Mapping(target = "username", expression = "java(account.username().value())")
    @Mapping(target = "passwordHash", expression = "java(account.passwordHash())")
    @Mapping(target = "roles", expression = "java(account.roles())")
    @Mapping(target = "enabled", expression = "java(account.enabled())")
    @Mapping(target = "version", expression = "java(account.version())")
    UserAccountJpaEntity toEntity(UserAccount account);

    default UserAccount toDomain(UserAccountJpaEntity entity) {
        return UserAccount.restore(new UserId(entity.getId()), Username.of(entity.getUsername()), entity.getPasswordHash(),
                entity.getRoles(), entity.isEnabled(), entity.getVersion());
    }
}
