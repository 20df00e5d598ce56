package com.pingyi.evaluation.persistence.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.pingyi.evaluation.domain.user.Role;
import com.pingyi.evaluation.domain.user.UserAccount;
import com.pingyi.evaluation.domain.user.UserId;
import com.pingyi.evaluation.domain.user.Username;
import com.pingyi.evaluation.persistence.support.Databases;
import com.pingyi.evaluation.persistence.support.PersistenceTestApplication;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mapstruct.factory.Mappers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest(classes = PersistenceTestApplication.class)
class UserAccountAdapterTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Databases.h2(registry);
    }

    @Autowired
    UserAccountPersistenceAdapter adapter;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void stores_an_account_with_its_roles_and_finds_it_by_name() {
        UserAccount account = UserAccount.register(Username.of("expert.li"), "{bcrypt}$2a$10$hash", Set.of(Role.EXPERT, Role.AUDITOR));

        transactions.execute(tx -> adapter.saveUserAccount(account));
        var found = transactions.execute(tx -> adapter.findByUsername(Username.of("expert.li")));

        assertThat(found).hasValueSatisfying(a -> {
            assertThat(a.id()).isEqualTo(account.id());
            assertThat(a.roles()).isEqualTo(Set.of(Role.EXPERT, Role.AUDITOR));
            assertThat(a.passwordHash()).isEqualTo("{bcrypt}$2a$10$hash");
            assertThat(a.enabled()).isTrue();
        });
        java.util.Optional<UserAccount> nobody = transactions.execute(tx -> adapter.findByUsername(Username.of("nobody")));
        assertThat(nobody).isEmpty();
    }

    @Test
    void mapping_round_trip_gives_the_original_back() {
        UserAccountMapper mapper = Mappers.getMapper(UserAccountMapper.class);
        UserAccount original = UserAccount.restore(UserId.newId(), Username.of("auditor"), "{bcrypt}x", Set.of(Role.AUDITOR), false, 3);

        assertThat(mapper.toDomain(mapper.toEntity(original))).usingRecursiveComparison().isEqualTo(original);
    }
}
