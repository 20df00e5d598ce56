package com.pingyi.evaluation.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UserAccountTest {

    private static final Instant NOW = Instant.parse("2020-04-16T02:00:00Z");
    private static final UnitId HUANGPU = UnitId.named("黄浦区教育局");

    @ParameterizedTest
    @ValueSource(strings = {"Pingyi-2020-ok", "correct horse 9", "评议Password12", "ABCDEFGH1234!"})
    void a_password_of_twelve_characters_from_three_kinds_is_strong_enough(String password) {
        assertThat(NewPassword.of(password).value()).isEqualTo(password);
    }

    @ParameterizedTest
    @ValueSource(strings = {"short-A1", "alllowercaseletters", "lowercase123456", "UPPERCASE123456", "Ab1-Ab1-Ab1"})
    void a_short_or_plain_password_is_refused_with_the_rule_in_figures(String password) {
        assertThatThrownBy(() -> NewPassword.of(password)).isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "user.password.too-weak")
                .extracting("arguments").asList().containsExactly(12, 3, 128);
    }

    @Test
    void a_password_never_shows_in_a_log_line() {
        assertThat(NewPassword.of("Pingyi-2020-ok").toString()).doesNotContain("Pingyi");
        assertThatThrownBy(() -> NewPassword.of("")).hasFieldOrPropertyWithValue("messageKey", "user.password.required");
    }

    @Test
    void the_failure_that_reaches_the_limit_locks_the_account_for_the_policy_s_duration() {
        SignInPolicy policy = new SignInPolicy(3, Duration.ofMinutes(15));
        UserAccount account = expert();

        account = account.signInFailed(NOW, policy).signInFailed(NOW, policy);
        assertThat(account.failedSignIns()).isEqualTo(2);
        assertThat(account.isLocked(NOW)).isFalse();

        account = account.signInFailed(NOW, policy);
        assertThat(account.isLocked(NOW)).isTrue();
        assertThat(account.isLocked(NOW.plus(Duration.ofMinutes(15)).minusSeconds(1))).isTrue();
        assertThat(account.isLocked(NOW.plus(Duration.ofMinutes(15)))).isFalse();
        // Failing again while locked does not stretch the lock.
        assertThat(account.signInFailed(NOW.plusSeconds(60), policy).lockedUntil()).contains(NOW.plus(Duration.ofMinutes(15)));
    }

    @Test
    void a_successful_sign_in_clears_the_count_and_a_reset_lifts_the_lock() {
        SignInPolicy policy = new SignInPolicy(2, Duration.ofMinutes(5));
        UserAccount once = expert().signInFailed(NOW, policy);
        assertThat(once.signedIn().failedSignIns()).isZero();

        UserAccount locked = once.signInFailed(NOW, policy);
        UserAccount reset = locked.passwordReset("{bcrypt}temporary");
        assertThat(reset.isLocked(NOW)).isFalse();
        assertThat(reset.mustChangePassword()).isTrue();
        assertThat(reset.passwordChanged("{bcrypt}mine").mustChangePassword()).isFalse();
    }

    @Test
    void an_account_made_by_an_admin_must_change_its_temporary_password() {
        assertThat(expert().mustChangePassword()).isTrue();
        assertThat(UserAccount.register(Username.of("admin"), "{bcrypt}x", Set.of(Role.ADMIN)).mustChangePassword()).isFalse();
    }

    @Test
    void a_unit_contact_belongs_to_one_unit_and_only_experts_carry_affiliations() {
        UserAccount contact = UserAccount.create(Username.of("huangpu"), "黄浦联络员", "{bcrypt}x", Set.of(Role.UNIT_CONTACT), HUANGPU, Set.of());
        assertThat(contact.unit()).contains(HUANGPU);

        assertThatThrownBy(() -> UserAccount.create(Username.of("huangpu"), null, "{bcrypt}x", Set.of(Role.UNIT_CONTACT), null, Set.of()))
                .hasFieldOrPropertyWithValue("messageKey", "user.contact-needs-unit");
        assertThatThrownBy(() -> UserAccount.create(Username.of("auditor"), null, "{bcrypt}x", Set.of(Role.AUDITOR), HUANGPU, Set.of()))
                .hasFieldOrPropertyWithValue("messageKey", "user.unit-without-contact-role");
        assertThatThrownBy(() -> contact.withAccess("x", Set.of(Role.AUDITOR), null, Set.of(HUANGPU)))
                .hasFieldOrPropertyWithValue("messageKey", "user.affiliations-without-expert-role");
        assertThat(expert().affiliations()).containsExactly(HUANGPU);
        assertThat(expert().displayName()).isEqualTo("李专家");
        assertThat(expert().withEnabled(false).enabled()).isFalse();
    }

    private static UserAccount expert() {
        return UserAccount.create(Username.of("expert.li"), "李专家", "{bcrypt}x", Set.of(Role.EXPERT), null, Set.of(HUANGPU));
    }
}
