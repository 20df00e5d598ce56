package com.pingyi.evaluation.ui.expert;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.pingyi.evaluation.ui.expert.FakeExpertUseCases.BAOSHAN;
import static com.pingyi.evaluation.ui.expert.FakeExpertUseCases.D1;
import static com.pingyi.evaluation.ui.expert.FakeExpertUseCases.D4;
import static com.pingyi.evaluation.ui.expert.FakeExpertUseCases.HUANGPU;
import static com.pingyi.evaluation.ui.expert.FakeExpertUseCases.LI;
import static com.pingyi.evaluation.ui.expert.FakeExpertUseCases.MINHANG;
import static com.pingyi.evaluation.ui.expert.FakeExpertUseCases.ROUND;
import static com.pingyi.evaluation.ui.expert.FakeExpertUseCases.YANGPU;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.pingyi.evaluation.application.port.in.account.ListUsersUseCase;
import com.pingyi.evaluation.application.port.in.paging.Page;
import com.pingyi.evaluation.application.readmodel.AssignmentMatrix;
import com.pingyi.evaluation.application.readmodel.UserView;
import com.pingyi.evaluation.domain.round.RoundStatus;
import com.pingyi.evaluation.domain.score.Assignment;
import com.pingyi.evaluation.domain.score.ScorerId;
import com.pingyi.evaluation.domain.shared.ConcurrentChangeException;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.user.Role;
import com.pingyi.evaluation.ui.support.KaribuSpringSupport;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The experts view against fake use cases: what it shows, what it sends, and how a refusal is shown. */
@SpringBootTest(properties = {"pingyi.demo-data.enabled=false", "spring.datasource.url=jdbc:h2:mem:assignments-view;DB_CLOSE_DELAY=-1"})
class AssignmentsViewTest {

    @TestConfiguration
    static class Fakes {

        @Bean
        @Primary
        FakeExpertUseCases.Matrix fakeMatrix() {
            return new FakeExpertUseCases.Matrix();
        }

        @Bean
        @Primary
        FakeExpertUseCases.Assign fakeAssign() {
            return new FakeExpertUseCases.Assign();
        }

        @Bean
        @Primary
        FakeExpertUseCases.Remove fakeRemove() {
            return new FakeExpertUseCases.Remove();
        }

        @Bean
        @Primary
        FakeExpertUseCases.Register fakeRegister() {
            return new FakeExpertUseCases.Register();
        }

        /** One expert with an account, affiliated with 杨浦; only experts are asked for. */
        @Bean
        @Primary
        ListUsersUseCase fakeListUsers() {
            return query -> {
                assertThat(query.filter().role()).isEqualTo(Role.EXPERT);
                UserView zhao = new UserView("zhao.expert", "赵专家", Set.of(Role.EXPERT), null, null, Map.of(YANGPU, "杨浦区教育局"),
                        true, false, null, 0);
                return new Page<>("赵专家zhao.expert".contains(query.filter().search()) ? List.of(zhao) : List.of(), 1);
            };
        }
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    FakeExpertUseCases.Matrix matrix;

    @Autowired
    FakeExpertUseCases.Assign assign;

    @Autowired
    FakeExpertUseCases.Remove remove;

    @Autowired
    FakeExpertUseCases.Register register;

    @BeforeEach
    void setUp() {
        matrix.queries().clear();
        matrix.status(RoundStatus.OPEN);
        assign.reset();
        remove.reset();
        register.reset();
        KaribuSpringSupport.setUp(context);
    }

    @AfterEach
    void tearDown() {
        KaribuSpringSupport.tearDown();
    }

    private static void open() {
        UI.getCurrent().navigate(AssignmentsView.class, new RouteParameters("roundId", ROUND.toString()));
    }

    @SuppressWarnings("unchecked")
    private static Grid<AssignmentMatrix.Row> cells() {
        return _get(Grid.class, spec -> spec.withId("assignment-grid"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<AssignmentMatrix.Expert> experts() {
        return _get(Grid.class, spec -> spec.withId("experts-grid"));
    }

    private static Component cell(int row, String column) {
        return GridKt._getCellComponent(cells(), row, column);
    }

    private static Checkbox checkbox(int row, String column) {
        Component cell = cell(row, column);
        return cell instanceof Checkbox box ? box : (Checkbox) cell.getChildren().filter(Checkbox.class::isInstance).findFirst().orElseThrow();
    }

    private static java.util.Optional<Button> rowButton(int row) {
        return cell(row, "unit").getChildren().filter(Button.class::isInstance).map(Button.class::cast).findFirst();
    }

    private static String ticked() {
        return _get(Span.class, spec -> spec.withId("ticked-count")).getText();
    }

    private static void choose(ScorerId expert) {
        Grid<AssignmentMatrix.Expert> grid = experts();
        for (int i = 0; i < GridKt._size(grid); i++) {
            if (GridKt._get(grid, i).id().equals(expert)) {
                GridKt._clickItem(grid, i);
                return;
            }
        }
        throw new AssertionError("no expert " + expert);
    }

    @Test
    void the_overview_counts_the_experts_of_each_cell_and_marks_the_gaps() {
        KaribuSpringSupport.signIn("admin", "ADMIN");
        open();

        assertThat(_get(H2.class).getText()).isEqualTo("2020年度区教育局政务公开评议");
        assertThat(GridKt._size(experts())).isEqualTo(2);
        assertThat(GridKt._getFormatted(experts(), 0, "conflicts")).isEqualTo("黄浦区教育局");
        assertThat(GridKt._getFormatted(experts(), 1, "pairs")).isEqualTo("2 项");
        assertThat(GridKt._size(cells())).isEqualTo(4);
        assertThat(cells().getColumnByKey("dim-D1").getHeaderText()).isEqualTo("政府信息公开");
        assertThat(((Span) cell(0, "dim-D1")).getText()).isEqualTo("未分配");
        assertThat(cell(0, "dim-D1").getClassNames()).contains("assignment-gap");
        assertThat(cell(3, "dim-D1").getClassNames()).doesNotContain("assignment-gap"); // 宝山 is withdrawn
        assertThat(((Span) cell(1, "dim-D1")).getText()).isEqualTo("2");
        assertThat(cell(1, "dim-D1").getElement().getAttribute("title")).isEqualTo("李专家、王专家");
        assertThat(((Span) cell(2, "dim-D4")).getText()).isEqualTo("1");
    }

    @Test
    void the_units_are_read_a_page_at_a_time_and_found_by_name() {
        KaribuSpringSupport.signIn("auditor", "AUDITOR");
        open();
        GridKt._size(cells());

        assertThat(matrix.queries()).allSatisfy(q -> assertThat(q.units().limit()).isLessThanOrEqualTo(500));
        _get(TextField.class, spec -> spec.withId("unit-filter")).setValue("闵行");
        assertThat(GridKt._size(cells())).isEqualTo(1);
        assertThat(GridKt._get(cells(), 0).name()).isEqualTo("闵行区教育局");
    }

    @Test
    void an_experts_cells_are_checkboxes_and_their_affiliated_units_are_marked_conflicts_that_cannot_be_ticked() {
        KaribuSpringSupport.signIn("admin", "ADMIN");
        open();

        choose(LI);

        Component huangpu = cell(0, "dim-D1");
        assertThat(huangpu.getChildren().filter(Span.class::isInstance).map(s -> ((Span) s).getText())).containsExactly("利益冲突");
        assertThat(checkbox(0, "dim-D1").isEnabled()).isFalse();
        assertThat(checkbox(0, "dim-D4").isEnabled()).isFalse();
        assertThat(checkbox(1, "dim-D1").getValue()).isTrue();
        assertThat(checkbox(1, "dim-D1").isEnabled()).isTrue();
        assertThat(checkbox(1, "dim-D4").getValue()).isFalse();
        assertThat(ticked()).isEqualTo("已勾选 1 项");
    }

    @Test
    void saving_sends_the_whole_set_of_pairs_ticked_by_cell_row_and_column_with_the_version_seen() {
        KaribuSpringSupport.signIn("admin", "ADMIN");
        open();
        choose(LI);

        Component header = cells().getColumnByKey("dim-D1").getHeaderComponent();
        Button wholeColumn = header.getChildren().filter(Button.class::isInstance).map(Button.class::cast).findFirst().orElseThrow();
        wholeColumn.click();
        assertThat(ticked()).isEqualTo("已勾选 2 项");
        wholeColumn.click();                   // every one ticked already: the column is cleared
        assertThat(ticked()).isEqualTo("已勾选 0 项");
        wholeColumn.click();
        rowButton(2).orElseThrow().click();    // 闵行: its other dimension too
        checkbox(3, "dim-D4").setValue(true);  // 宝山 (withdrawn), ticked by hand
        assertThat(ticked()).isEqualTo("已勾选 4 项");
        _get(Button.class, spec -> spec.withId("save-assignments")).click();

        assertThat(assign.sent()).singleElement().satisfies(command -> {
            assertThat(command.round().id()).isEqualTo(ROUND);
            assertThat(command.round().version()).isEqualTo(7);
            assertThat(command.expert()).isEqualTo(LI);
            // The whole column: every unit still taking part but the expert's own (黄浦).
            assertThat(command.pairs()).containsExactlyInAnyOrder(new Assignment(YANGPU, D1), new Assignment(MINHANG, D1),
                    new Assignment(MINHANG, D4), new Assignment(BAOSHAN, D4));
        });
        NotificationsKt.expectNotifications("分配已保存。");
    }

    @Test
    void a_refused_assignment_shows_the_broken_rule_in_the_users_language() {
        KaribuSpringSupport.signIn("admin", "ADMIN");
        open();
        choose(LI);
        assign.refuseWith(new DomainException("scorer.conflict-of-interest", "李专家", "黄浦区教育局"));

        _get(Button.class, spec -> spec.withId("save-assignments")).click();
        NotificationsKt.expectNotifications("利益冲突：李专家与黄浦区教育局存在关联关系，须回避，不能分配其评议该单位。");

        assign.refuseWith(new ConcurrentChangeException("EvaluationRound", ROUND));
        _get(Button.class, spec -> spec.withId("save-assignments")).click();
        NotificationsKt.expectNotifications("在您打开之后，其他人已修改了这条记录。本次未保存任何内容：请重新加载后再次修改。");
        assertThat(assign.sent()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    @Test
    void adds_an_expert_with_the_units_they_are_affiliated_with() {
        KaribuSpringSupport.signIn("admin", "ADMIN");
        open();

        _get(Button.class, spec -> spec.withId("add-expert")).click();
        TextField id = _get(TextField.class, spec -> spec.withId("expert-id"));
        assertThat(id.getValue()).isEqualTo("expert-03");
        _get(TextField.class, spec -> spec.withId("expert-name")).setValue("赵专家");
        _get(MultiSelectComboBox.class, spec -> spec.withId("expert-affiliations"))
                .setValue(Set.of(new ExpertDialog.UnitChoice(YANGPU, "杨浦区教育局")));
        _get(Button.class, spec -> spec.withId("expert-add")).click();

        assertThat(register.sent()).singleElement().satisfies(command -> {
            assertThat(command.round().version()).isEqualTo(7);
            assertThat(command.scorer().id()).isEqualTo(ScorerId.of("expert-03"));
            assertThat(command.scorer().name()).isEqualTo("赵专家");
            assertThat(command.scorer().affiliations()).containsExactly(YANGPU);
            assertThat(command.scorer().assignments()).isEmpty();
        });
        NotificationsKt.expectNotifications("已添加赵专家。");
    }

    @SuppressWarnings("unchecked")
    @Test
    void an_expert_picked_from_the_accounts_is_registered_under_their_username_with_their_affiliations() {
        KaribuSpringSupport.signIn("admin", "ADMIN");
        open();

        _get(Button.class, spec -> spec.withId("add-expert")).click();
        ComboBox<ExpertDialog.AccountChoice> account = _get(ComboBox.class, spec -> spec.withId("expert-account"));
        // A page as the field asks it when 赵 is typed (Karibu's own fetch asks more than a page may hold).
        @SuppressWarnings("rawtypes")
        List<ExpertDialog.AccountChoice> offered = ((DataProvider) account.getDataProvider())
                .fetch(new Query<>(0, 50, List.of(), null, "赵")).toList();
        ExpertDialog.AccountChoice zhao = offered.getFirst();
        assertThat(zhao.label()).isEqualTo("赵专家 (zhao.expert)");
        account.setValue(zhao);
        TextField id = _get(TextField.class, spec -> spec.withId("expert-id"));
        assertThat(id.getValue()).isEqualTo("zhao.expert");
        assertThat(id.isReadOnly()).isTrue();
        _get(Button.class, spec -> spec.withId("expert-add")).click();

        assertThat(register.sent()).singleElement().satisfies(command -> {
            assertThat(command.scorer().id()).isEqualTo(ScorerId.of("zhao.expert"));
            assertThat(command.scorer().name()).isEqualTo("赵专家");
            assertThat(command.scorer().affiliations()).containsExactly(YANGPU);
        });
    }

    @Test
    void a_blank_name_is_refused_by_the_rule_and_nothing_is_sent() {
        KaribuSpringSupport.signIn("admin", "ADMIN");
        open();

        _get(Button.class, spec -> spec.withId("add-expert")).click();
        _get(Button.class, spec -> spec.withId("expert-add")).click();

        assertThat(register.sent()).isEmpty();
        NotificationsKt.expectNotifications("评分人须有姓名。");
    }

    @Test
    void removes_an_expert_once_confirmed() {
        KaribuSpringSupport.signIn("admin", "ADMIN");
        open();

        ((Button) GridKt._getCellComponent(experts(), 1, "remove")).click();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(remove.sent()).singleElement().satisfies(command -> {
            assertThat(command.scorer()).isEqualTo(FakeExpertUseCases.WANG);
            assertThat(command.round().version()).isEqualTo(7);
        });
    }

    @Test
    void an_auditor_reads_an_experts_assignments_but_changes_nothing() {
        KaribuSpringSupport.signIn("auditor", "AUDITOR");
        open();
        choose(LI);

        assertThat(_find(Button.class, spec -> spec.withId("add-expert"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("save-assignments"))).isEmpty();
        assertThat(checkbox(1, "dim-D1").getValue()).isTrue();
        assertThat(checkbox(1, "dim-D1").isEnabled()).isFalse();
        assertThat(rowButton(1)).isEmpty();
        assertThat(GridKt._getCellComponent(experts(), 0, "remove").isVisible()).isFalse();
    }

    @Test
    void a_closed_round_shows_its_assignments_frozen_even_to_an_admin() {
        matrix.status(RoundStatus.CLOSED);
        KaribuSpringSupport.signIn("admin", "ADMIN");
        open();
        choose(LI);

        assertThat(_find(Button.class, spec -> spec.withId("add-expert"))).isEmpty();
        assertThat(checkbox(1, "dim-D1").isEnabled()).isFalse();
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withClasses("view-intro")).getText())
                .isEqualTo("每位专家只评议为其勾选的“单位×评议重点”，不得评议与其有关联关系的单位。评议状态：已结束，不能再调整专家与分配。");
    }
}
