package com.pingyi.evaluation.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.pingyi.evaluation.application.fakes.InMemoryAccounts;
import com.pingyi.evaluation.application.fakes.InMemoryAudit;
import com.pingyi.evaluation.application.port.in.account.EnsureAdminAccount;
import com.pingyi.evaluation.application.port.in.account.EnsureAdminAccountUseCase;
import com.pingyi.evaluation.application.port.in.account.FindSignInAccountUseCase;
import com.pingyi.evaluation.application.service.account.AccountServices;
import com.pingyi.evaluation.domain.user.Role;
import com.pingyi.evaluation.domain.user.Username;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountUseCasesTest {

    private final InMemoryAccounts accounts = new InMemoryAccounts();
    private final InMemoryAudit audit = new InMemoryAudit();
    private final EnsureAdminAccountUseCase ensureAdmin = AccountServices.ensureAdminAccount(accounts, accounts, audit.trail());
    private final FindSignInAccountUseCase findAccount = AccountServices.findSignInAccount(accounts);

    @Test
    void creates_the_administrator_once_and_never_replaces_its_password() {
        var first = ensureAdmin.ensureAdminAccount(new EnsureAdminAccount(Username.of("admin"), "{bcrypt}first"));
        var second = ensureAdmin.ensureAdminAccount(new EnsureAdminAccount(Username.of("admin"), "{bcrypt}second"));

        assertThat(first).isEqualTo(EnsureAdminAccountUseCase.Outcome.CREATED);
        assertThat(second).isEqualTo(EnsureAdminAccountUseCase.Outcome.ALREADY_PRESENT);
        assertThat(accounts.all()).singleElement().satisfies(account -> {
            assertThat(account.passwordHash()).isEqualTo("{bcrypt}first");
            assertThat(account.roles()).containsExactly(Role.ADMIN);
            assertThat(account.enabled()).isTrue();
        });
    }

    @Test
    void creating_the_administrator_is_audited_once_without_the_password_hash() {
        audit.actAs("system");
        ensureAdmin.ensureAdminAccount(new EnsureAdminAccount(Username.of("admin"), "{bcrypt}secret-hash"));
        ensureAdmin.ensureAdminAccount(new EnsureAdminAccount(Username.of("admin"), "{bcrypt}other"));

        assertThat(audit.records()).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("system");
            assertThat(entry.useCase()).isEqualTo("EnsureAdminAccount");
            assertThat(entry.aggregateType()).isEqualTo("UserAccount");
            assertThat(entry.at()).isEqualTo(InMemoryAudit.NOW);
            assertThat(entry.before()).isNull();
            assertThat(entry.after()).contains("\"username\":\"admin\"", "\"roles\":[\"ADMIN\"]").doesNotContain("secret-hash");
        });
    }

    @Test
    void finds_an_account_for_sign_in_by_its_name_in_any_case() {
        ensureAdmin.ensureAdminAccount(new EnsureAdminAccount(Username.of("admin"), "{bcrypt}hash"));

        var found = findAccount.findSignInAccount("Admin");

        assertThat(found).hasValueSatisfying(account -> {
            assertThat(account.username()).isEqualTo("admin");
            assertThat(account.passwordHash()).isEqualTo("{bcrypt}hash");
            assertThat(account.roles()).isEqualTo(Set.of(Role.ADMIN));
            assertThat(account.toString()).doesNotContain("{bcrypt}hash");
        });
    }

    @Test
    void an_unknown_and_a_malformed_name_look_the_same_to_the_caller() {
        assertThat(findAccount.findSignInAccount("nobody")).isEmpty();
        assertThat(findAccount.findSignInAccount("x")).isEmpty();
        assertThat(findAccount.findSignInAccount("<script>")).isEmpty();
        assertThat(findAccount.findSignInAccount(null)).isEmpty();
    }
}
