package com.pingyi.evaluation.persistence.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.pingyi.evaluation.application.port.in.account.UserFilter;
import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.domain.unit.UnitId;
import com.pingyi.evaluation.domain.user.Role;
import com.pingyi.evaluation.domain.user.SignInPolicy;
import com.pingyi.evaluation.domain.user.UserAccount;
import com.pingyi.evaluation.domain.user.UserId;
import com.pingyi.evaluation.domain.user.Username;
import com.pingyi.evaluation.persistence.support.Databases;
import com.pingyi.evaluation.persistence.support.PersistenceTestApplication;
import java.time.Duration;
import java.time.Instant;
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
    void stores_a_contact_s_unit_an_expert_s_affiliations_and_the_sign_in_state() {
        UnitId huangpu = UnitId.named("黄浦区教育局");
        UserAccount contact = UserAccount.create(Username.of("huangpu"), "黄浦联络员", "{bcrypt}t", Set.of(Role.UNIT_CONTACT), huangpu, Set.of());
        UserAccount expert = UserAccount.create(Username.of("expert.wang"), "王专家", "{bcrypt}t", Set.of(Role.EXPERT), null, Set.of(huangpu))
                .signInFailed(Instant.parse("2020-04-16T02:00:00Z"), new SignInPolicy(1, Duration.ofMinutes(15)));

        transactions.execute(tx -> adapter.saveUserAccount(contact));
        transactions.execute(tx -> adapter.saveUserAccount(expert));

        UserAccount readContact = transactions.execute(tx -> adapter.findByUsername(Username.of("huangpu"))).orElseThrow();
        UserAccount readExpert = transactions.execute(tx -> adapter.findByUsername(Username.of("expert.wang"))).orElseThrow();
        assertThat(readContact.unit()).contains(huangpu);
        assertThat(readContact.displayName()).isEqualTo("黄浦联络员");
        assertThat(readContact.mustChangePassword()).isTrue();
        assertThat(readExpert.affiliations()).containsExactly(huangpu);
        assertThat(readExpert.lockedUntil()).contains(Instant.parse("2020-04-16T02:15:00Z"));
    }

    @Test
    void lists_accounts_page_by_page_by_name_and_role() {
        for (String name : java.util.List.of("list.a", "list.b", "list.c")) {
            UserAccount a = UserAccount.create(Username.of(name), "名单" + name, "{bcrypt}t", Set.of(Role.AUDITOR), null, Set.of());
            transactions.execute(tx -> adapter.saveUserAccount(a));
        }
        UserAccount expert = UserAccount.create(Username.of("list.expert"), "List_Expert", "{bcrypt}t", Set.of(Role.EXPERT), null, Set.of());
        transactions.execute(tx -> adapter.saveUserAccount(expert));

        var firstTwo = transactions.execute(tx -> adapter.findUsers(new UserFilter("LIST.", null), new PageRequest(0, 2)));
        var experts = transactions.execute(tx -> adapter.findUsers(new UserFilter("list", Role.EXPERT), PageRequest.first(10)));
        var underscore = transactions.execute(tx -> adapter.findUsers(new UserFilter("t_e", null), PageRequest.first(10)));

        assertThat(firstTwo.total()).isEqualTo(4);
        assertThat(firstTwo.items()).extracting(a -> a.username().value()).containsExactly("list.a", "list.b");
        assertThat(experts.items()).extracting(a -> a.username().value()).containsExactly("list.expert");
        // "_" is a letter here, not the wildcard: only the display name "List_Expert" has "t_e".
        assertThat(underscore.items()).extracting(a -> a.username().value()).containsExactly("list.expert");
    }

    @Test
    void mapping_round_trip_gives_the_original_back() {
        UserAccountMapper mapper = Mappers.getMapper(UserAccountMapper.class);
        UserAccount original = UserAccount.restore(UserId.newId(), Username.of("auditor"), "{bcrypt}x", Set.of(Role.AUDITOR), false, 3);
        UserAccount full = UserAccount.restore(UserId.newId(), Username.of("expert"), "专家", "{bcrypt}x", Set.of(Role.EXPERT, Role.AUDITOR),
                null, Set.of(UnitId.named("a"), UnitId.named("b")), true, true, 2, Instant.parse("2020-04-16T02:00:00Z"), 4);

        assertThat(mapper.toDomain(mapper.toEntity(original))).usingRecursiveComparison().isEqualTo(original);
        assertThat(mapper.toDomain(mapper.toEntity(full))).usingRecursiveComparison().isEqualTo(full);
    }
}
