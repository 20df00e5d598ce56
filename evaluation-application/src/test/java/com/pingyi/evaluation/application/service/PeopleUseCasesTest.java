package com.pingyi.evaluation.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pingyi.evaluation.application.fakes.FakeCaller;
import com.pingyi.evaluation.application.fakes.InMemoryAccounts;
import com.pingyi.evaluation.application.fakes.InMemoryAudit;
import com.pingyi.evaluation.application.fakes.InMemoryUnitRegistry;
import com.pingyi.evaluation.application.port.in.account.ChangeOwnPassword;
import com.pingyi.evaluation.application.port.in.account.ChangeUserAccess;
import com.pingyi.evaluation.application.port.in.account.CreateUser;
import com.pingyi.evaluation.application.port.in.account.EnsureDemoAccounts;
import com.pingyi.evaluation.application.port.in.account.ListUsers;
import com.pingyi.evaluation.application.port.in.account.RecordSignIn;
import com.pingyi.evaluation.application.port.in.account.RecordSignInUseCase.Outcome;
import com.pingyi.evaluation.application.port.in.account.ResetPassword;
import com.pingyi.evaluation.application.port.in.account.SetUserEnabled;
import com.pingyi.evaluation.application.port.in.account.UserFilter;
import com.pingyi.evaluation.application.port.in.account.UserRef;
import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.application.readmodel.IssuedPassword;
import com.pingyi.evaluation.application.service.access.Access;
import com.pingyi.evaluation.application.service.account.PeopleServices;
import com.pingyi.evaluation.domain.shared.ConcurrentChangeException;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.unit.EvaluatedUnit;
import com.pingyi.evaluation.domain.unit.UnitId;
import com.pingyi.evaluation.domain.user.NewPassword;
import com.pingyi.evaluation.domain.user.Role;
import com.pingyi.evaluation.domain.user.SignInPolicy;
import com.pingyi.evaluation.domain.user.UserAccount;
import com.pingyi.evaluation.domain.user.Username;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Accounts managed by admins, a person's own password, and the sign-in record with its lockout; every change audited. */
class PeopleUseCasesTest {

    private final InMemoryAccounts accounts = new InMemoryAccounts();
    private final InMemoryAudit audit = new InMemoryAudit();
    private final InMemoryUnitRegistry registry = new InMemoryUnitRegistry();
    private final FakeCaller caller = new FakeCaller();
    private final PeopleServices people = new PeopleServices(accounts, accounts, registry, caller, audit.trail(),
            new Access(caller, accounts), Clock.fixed(InMemoryAudit.NOW, ZoneOffset.UTC), new SignInPolicy(3, Duration.ofMinutes(15)));
    private UnitId huangpu;

    @BeforeEach
    void registry() {
        huangpu = registry.saveUnit(EvaluatedUnit.draft("黄浦区教育局"), 0).id();
        accounts.saveUserAccount(UserAccount.register(Username.of("admin"), caller.hash("Admin-password-1"), Set.of(Role.ADMIN)));
        as("admin", Role.ADMIN);
    }

    private void as(String name, Role... roles) {
        caller.actAs(name, roles);
        audit.actAs(name);
    }

    @Test
    void an_admin_creates_a_contact_with_a_strong_temporary_password_shown_once_and_audited_without_it() {
        IssuedPassword issued = people.createUser().createUser(new CreateUser(Username.of("huangpu"), "黄浦联络员",
                Set.of(Role.UNIT_CONTACT), huangpu, Set.of()));

        assertThat(NewPassword.of(issued.temporaryPassword())).isNotNull();
        assertThat(issued.toString()).doesNotContain(issued.temporaryPassword());
        assertThat(issued.user().unitName()).isEqualTo("黄浦区教育局");
        assertThat(issued.user().mustChangePassword()).isTrue();
        UserAccount stored = accounts.findByUsername(Username.of("huangpu")).orElseThrow();
        assertThat(caller.matches(issued.temporaryPassword(), stored.passwordHash())).isTrue();
        assertThat(audit.records()).singleElement().satisfies(entry -> {
            assertThat(entry.useCase()).isEqualTo("CreateUser");
            assertThat(entry.actor()).isEqualTo("admin");
            assertThat(entry.before()).isNull();
            assertThat(entry.after()).contains("\"UNIT_CONTACT\"", huangpu.toString()).doesNotContain(stored.passwordHash(),
                    issued.temporaryPassword());
        });
    }

    @Test
    void a_name_taken_the_system_role_and_an_unknown_unit_are_refused_with_their_rule() {
        assertRule(() -> people.createUser().createUser(new CreateUser(Username.of("admin"), null, Set.of(Role.AUDITOR), null, Set.of())),
                "user.username-taken");
        assertRule(() -> people.createUser().createUser(new CreateUser(Username.of("robot"), null, Set.of(Role.SYSTEM), null, Set.of())),
                "user.system-role-reserved");
        assertRule(() -> people.createUser().createUser(new CreateUser(Username.of("expert"), null, Set.of(Role.EXPERT), null,
                Set.of(UnitId.newId()))), "unit.not-registered");
        assertRule(() -> people.createUser().createUser(new CreateUser(Username.of("contact"), null, Set.of(Role.UNIT_CONTACT), null,
                Set.of())), "user.contact-needs-unit");
        assertThat(audit.records()).isEmpty();
    }

    @Test
    void changing_roles_and_affiliations_is_audited_before_and_after_and_a_stale_version_changes_nothing() {
        people.createUser().createUser(new CreateUser(Username.of("expert.li"), "李专家", Set.of(Role.EXPERT), null, Set.of()));
        long version = accounts.findByUsername(Username.of("expert.li")).orElseThrow().version();

        var changed = people.changeUserAccess().changeUserAccess(new ChangeUserAccess(new UserRef(Username.of("expert.li"), version),
                "李专家", Set.of(Role.EXPERT, Role.AUDITOR), null, Set.of(huangpu)));

        assertThat(changed.roles()).containsExactlyInAnyOrder(Role.EXPERT, Role.AUDITOR);
        assertThat(changed.affiliations()).containsEntry(huangpu, "黄浦区教育局");
        assertThat(audit.records()).last().satisfies(entry -> {
            assertThat(entry.useCase()).isEqualTo("ChangeUserAccess");
            assertThat(entry.before()).contains("\"affiliations\":[]");
            assertThat(entry.after()).contains(huangpu.toString(), "\"AUDITOR\"");
        });
        assertThatThrownBy(() -> people.changeUserAccess().changeUserAccess(new ChangeUserAccess(new UserRef(Username.of("expert.li"),
                version - 1), "x", Set.of(Role.AUDITOR), null, Set.of()))).isInstanceOf(ConcurrentChangeException.class);
    }

    @Test
    void an_admin_can_neither_demote_nor_disable_themself() {
        long version = accounts.findByUsername(Username.of("admin")).orElseThrow().version();
        assertRule(() -> people.changeUserAccess().changeUserAccess(new ChangeUserAccess(new UserRef(Username.of("admin"), version),
                null, Set.of(Role.AUDITOR), null, Set.of())), "user.cannot-demote-self");
        assertRule(() -> people.setUserEnabled().setUserEnabled(new SetUserEnabled(new UserRef(Username.of("admin"), version), false)),
                "user.cannot-disable-self");
    }

    @Test
    void disabling_and_enabling_are_audited_and_listed() {
        people.createUser().createUser(new CreateUser(Username.of("auditor"), "审计员", Set.of(Role.AUDITOR), null, Set.of()));
        var auditor = people.listUsers().listUsers(new ListUsers(new UserFilter("审计", null), PageRequest.first(10))).items().getFirst();

        var disabled = people.setUserEnabled().setUserEnabled(new SetUserEnabled(new UserRef(Username.of("auditor"), auditor.version()), false));

        assertThat(disabled.enabled()).isFalse();
        assertThat(audit.records()).last().satisfies(e -> {
            assertThat(e.useCase()).isEqualTo("SetUserEnabled");
            assertThat(e.before()).contains("\"enabled\":true");
            assertThat(e.after()).contains("\"enabled\":false");
        });
        assertThat(people.listUsers().listUsers(new ListUsers(new UserFilter("", Role.ADMIN), PageRequest.first(10))).items())
                .extracting(u -> u.username()).containsExactly("admin");
    }

    @Test
    void a_reset_password_must_be_changed_at_the_next_sign_in_which_checks_the_current_one_and_the_strength() {
        people.createUser().createUser(new CreateUser(Username.of("expert.li"), "李专家", Set.of(Role.EXPERT), null, Set.of()));
        long version = accounts.findByUsername(Username.of("expert.li")).orElseThrow().version();
        IssuedPassword reset = people.resetPassword().resetPassword(new ResetPassword(new UserRef(Username.of("expert.li"), version)));
        assertThat(reset.user().mustChangePassword()).isTrue();

        as("expert.li", Role.EXPERT);
        assertThat(people.getOwnAccount().getOwnAccount().mustChangePassword()).isTrue();
        assertRule(() -> people.changeOwnPassword().changeOwnPassword(new ChangeOwnPassword("wrong", NewPassword.of("Li-zhuanjia-2020"))),
                "user.password.current-wrong");
        assertRule(() -> people.changeOwnPassword().changeOwnPassword(new ChangeOwnPassword(reset.temporaryPassword(),
                NewPassword.of(reset.temporaryPassword()))), "user.password.unchanged");
        assertRule(() -> NewPassword.of("weak"), "user.password.too-weak");

        var own = people.changeOwnPassword().changeOwnPassword(new ChangeOwnPassword(reset.temporaryPassword(), NewPassword.of("Li-zhuanjia-2020")));

        assertThat(own.mustChangePassword()).isFalse();
        assertThat(caller.matches("Li-zhuanjia-2020", accounts.findByUsername(Username.of("expert.li")).orElseThrow().passwordHash())).isTrue();
        assertThat(audit.records()).extracting(r -> r.useCase()).containsExactly("CreateUser", "ResetPassword", "ChangeOwnPassword");
        assertThat(audit.records().getLast().actor()).isEqualTo("expert.li");
    }

    @Test
    void the_third_failure_in_a_row_locks_the_account_every_attempt_is_audited_and_a_reset_lifts_the_lock() {
        var record = people.recordSignIn();

        assertThat(record.recordSignIn(new RecordSignIn("admin", false))).isEqualTo(Outcome.FAILED);
        assertThat(record.recordSignIn(new RecordSignIn("admin", true))).isEqualTo(Outcome.SIGNED_IN);
        assertThat(accounts.findByUsername(Username.of("admin")).orElseThrow().failedSignIns()).isZero();
        record.recordSignIn(new RecordSignIn("admin", false));
        record.recordSignIn(new RecordSignIn("admin", false));
        assertThat(record.recordSignIn(new RecordSignIn("admin", false))).isEqualTo(Outcome.LOCKED);
        assertThat(record.recordSignIn(new RecordSignIn("nobody-here", false))).isEqualTo(Outcome.UNKNOWN_NAME);

        assertThat(accounts.findByUsername(Username.of("admin")).orElseThrow().isLocked(InMemoryAudit.NOW)).isTrue();
        assertThat(audit.records()).extracting(r -> r.useCase() + " by " + r.actor()).containsExactly(
                "SignInFailed by admin", "SignIn by admin", "SignInFailed by admin", "SignInFailed by admin", "SignInFailed by admin",
                "SignInFailed by nobody-here");
        assertThat(audit.records().get(4).after()).contains("\"lockedUntil\":\"2020-04-16T02:15:00Z\"");
        assertThat(audit.records().getLast().after()).contains("UNKNOWN_NAME");

        long version = accounts.findByUsername(Username.of("admin")).orElseThrow().version();
        people.resetPassword().resetPassword(new ResetPassword(new UserRef(Username.of("admin"), version)));
        assertThat(accounts.findByUsername(Username.of("admin")).orElseThrow().isLocked(InMemoryAudit.NOW)).isFalse();
    }

    @Test
    void the_demo_people_are_created_once_the_contact_for_huangpu() {
        var created = people.ensureDemoAccounts().ensureDemoAccounts(new EnsureDemoAccounts(caller.hash("Demo-password-1")));
        var again = people.ensureDemoAccounts().ensureDemoAccounts(new EnsureDemoAccounts(caller.hash("Demo-password-1")));

        assertThat(created).containsExactly("expert", "auditor", "huangpu");
        assertThat(again).isEmpty();
        assertThat(accounts.findByUsername(Username.of("huangpu")).orElseThrow().unit()).contains(huangpu);
        assertThat(accounts.findByUsername(Username.of("expert")).orElseThrow().mustChangePassword()).isFalse();
        assertThat(audit.records()).extracting(r -> r.useCase()).containsOnly("EnsureDemoAccounts").hasSize(3);
    }

    private static void assertRule(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("messageKey", key);
    }
}
