package com.pingyi.evaluation.ui.people;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.pingyi.evaluation.application.port.in.account.ChangeUserAccess;
import com.pingyi.evaluation.application.port.in.account.ChangeUserAccessUseCase;
import com.pingyi.evaluation.application.port.in.account.CreateUser;
import com.pingyi.evaluation.application.port.in.account.CreateUserUseCase;
import com.pingyi.evaluation.application.port.in.account.ListUsers;
import com.pingyi.evaluation.application.port.in.account.ListUsersUseCase;
import com.pingyi.evaluation.application.port.in.account.ResetPassword;
import com.pingyi.evaluation.application.port.in.account.ResetPasswordUseCase;
import com.pingyi.evaluation.application.port.in.account.SetUserEnabled;
import com.pingyi.evaluation.application.port.in.account.SetUserEnabledUseCase;
import com.pingyi.evaluation.application.port.in.paging.Page;
import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.application.port.in.unit.ListUnits;
import com.pingyi.evaluation.application.port.in.unit.ListUnitsUseCase;
import com.pingyi.evaluation.application.readmodel.IssuedPassword;
import com.pingyi.evaluation.application.readmodel.RegisteredUnitView;
import com.pingyi.evaluation.application.readmodel.UserView;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.unit.UnitId;
import com.pingyi.evaluation.domain.user.Role;
import com.pingyi.evaluation.ui.support.KaribuSpringSupport;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The users view against fake use cases: what it shows, what it sends, how it shows a refusal, and what an auditor gets. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:users-view;DB_CLOSE_DELAY=-1")
class UsersViewTest {

    static final UnitId HUANGPU = UnitId.named("黄浦区教育局");
    static final UserView CONTACT = new UserView("huangpu", "黄浦联络员", Set.of(Role.UNIT_CONTACT), HUANGPU, "黄浦区教育局", Map.of(),
            true, false, null, 3);
    static final UserView EXPERT = new UserView("expert.li", "李专家", Set.of(Role.EXPERT), null, null, Map.of(HUANGPU, "黄浦区教育局"),
            true, true, Instant.parse("2099-01-01T00:00:00Z"), 1);

    @TestConfiguration
    static class Fakes {

        @Bean
        @Primary
        FakePeople fakePeople() {
            return new FakePeople();
        }
    }

    static class FakePeople implements ListUsersUseCase, CreateUserUseCase, ChangeUserAccessUseCase, SetUserEnabledUseCase,
            ResetPasswordUseCase {

        // Read through methods: the bean is a security proxy, whose own fields are empty.
        private final List<Object> commands = new CopyOnWriteArrayList<>();
        private volatile DomainException refuse;

        List<Object> commands() {
            return commands;
        }

        void refuseWith(DomainException e) {
            refuse = e;
        }

        @Override
        public Page<UserView> listUsers(ListUsers query) {
            List<UserView> all = List.of(EXPERT, CONTACT).stream()
                    .filter(u -> u.username().contains(query.filter().search()) || u.displayName().contains(query.filter().search()))
                    .filter(u -> query.filter().role() == null || u.roles().contains(query.filter().role())).toList();
            int from = Math.min(query.page().offset(), all.size());
            return new Page<>(all.subList(from, Math.min(from + query.page().limit(), all.size())), all.size());
        }

        private <T> T sent(Object command, T answer) {
            if (refuse != null) {
                throw refuse;
            }
            commands.add(command);
            return answer;
        }

        @Override
        public IssuedPassword createUser(CreateUser command) {
            return sent(command, new IssuedPassword(CONTACT, "Temp-Pass-2345"));
        }

        @Override
        public UserView changeUserAccess(ChangeUserAccess command) {
            return sent(command, EXPERT);
        }

        @Override
        public UserView setUserEnabled(SetUserEnabled command) {
            return sent(command, CONTACT);
        }

        @Override
        public IssuedPassword resetPassword(ResetPassword command) {
            return sent(command, new IssuedPassword(EXPERT, "Reset-Pass-6789"));
        }
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    FakePeople fake;

    @Autowired
    ListUnitsUseCase listUnits;

    @BeforeEach
    void setUp() {
        fake.commands().clear();
        fake.refuseWith(null);
        KaribuSpringSupport.setUp(context);
    }

    @AfterEach
    void tearDown() {
        KaribuSpringSupport.tearDown();
    }

    @Test
    void shows_the_accounts_with_their_roles_units_and_state_in_chinese() {
        KaribuSpringSupport.signIn("admin", "ADMIN");
        UI.getCurrent().navigate(UsersView.class);

        assertThat(GridKt._size(users())).isEqualTo(2);
        assertThat(GridKt._getFormatted(users(), 0, "roles")).isEqualTo("评议专家");
        assertThat(GridKt._getFormatted(users(), 0, "units")).isEqualTo("关联：黄浦区教育局");
        assertThat(GridKt._getFormatted(users(), 1, "units")).isEqualTo("黄浦区教育局联络员");
        _get(TextField.class, spec -> spec.withId("user-search")).setValue("李");
        assertThat(GridKt._size(users())).isEqualTo(1);
    }

    @Test
    void creates_a_unit_contact_with_its_unit_and_shows_the_temporary_password_once() {
        KaribuSpringSupport.signIn("admin", "ADMIN");
        UI.getCurrent().navigate(UsersView.class);
        _get(Button.class, spec -> spec.withId("new-user")).click();

        _get(TextField.class, spec -> spec.withId("user-username")).setValue("jingan");
        _get(TextField.class, spec -> spec.withId("user-display-name")).setValue("静安联络员");
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = _get(CheckboxGroup.class, spec -> spec.withId("user-roles"));
        roles.setValue(Set.of(Role.UNIT_CONTACT));
        @SuppressWarnings("unchecked")
        ComboBox<RegisteredUnitView> unit = _get(ComboBox.class, spec -> spec.withId("user-unit"));
        RegisteredUnitView jingan = asAdmin(() -> listUnits.listUnits(new ListUnits("静安", PageRequest.first(1))).items().getFirst());
        unit.setValue(jingan);
        _get(Button.class, spec -> spec.withId("save-user")).click();

        assertThat(fake.commands()).singleElement().isEqualTo(new CreateUser(com.pingyi.evaluation.domain.user.Username.of("jingan"),
                "静安联络员", Set.of(Role.UNIT_CONTACT), jingan.id(), Set.of()));
        assertThat(_get(TextField.class, spec -> spec.withId("issued-password")).getValue()).isEqualTo("Temp-Pass-2345");
    }

    @Test
    void a_refused_command_is_shown_with_its_rule_in_the_user_s_language() {
        KaribuSpringSupport.signIn("admin", "ADMIN");
        UI.getCurrent().navigate(UsersView.class);
        fake.refuseWith(new DomainException("user.cannot-disable-self"));

        action(1, "disable-huangpu").click();

        NotificationsKt.expectNotifications("不能停用本人账户。");
    }

    @Test
    void resets_a_password_after_confirmation_and_disables_an_account() {
        KaribuSpringSupport.signIn("admin", "ADMIN");
        UI.getCurrent().navigate(UsersView.class);

        action(0, "reset-expert.li").click();
        ConfirmDialogKt._fireConfirm(_get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class));
        action(1, "disable-huangpu").click();

        assertThat(fake.commands()).containsExactly(
                new ResetPassword(new com.pingyi.evaluation.application.port.in.account.UserRef(
                        com.pingyi.evaluation.domain.user.Username.of("expert.li"), 1)),
                new SetUserEnabled(new com.pingyi.evaluation.application.port.in.account.UserRef(
                        com.pingyi.evaluation.domain.user.Username.of("huangpu"), 3), false));
        assertThat(_get(TextField.class, spec -> spec.withId("issued-password")).getValue()).isEqualTo("Reset-Pass-6789");
    }

    @Test
    void an_auditor_reads_the_accounts_and_gets_no_control_that_changes_them() {
        KaribuSpringSupport.signIn("auditor", "AUDITOR");
        UI.getCurrent().navigate(UsersView.class);

        assertThat(GridKt._size(users())).isEqualTo(2);
        assertThat(_find(Button.class, spec -> spec.withId("new-user"))).isEmpty();
        assertThat(users().getColumnByKey("actions")).isNull();
    }

    /** A button of a row's actions cell, as the grid renders it. */
    private static Button action(int row, String id) {
        return GridKt._getCellComponent(users(), row, "actions").getChildren().map(Button.class::cast)
                .filter(b -> id.equals(b.getId().orElse(null))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Grid<UserView> users() {
        return _get(Grid.class, spec -> spec.withId("users-grid"));
    }

    private static <T> T asAdmin(java.util.function.Supplier<T> work) {
        return work.get();
    }
}
