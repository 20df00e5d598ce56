package com.pingyi.evaluation.ui.finding;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.pingyi.evaluation.ui.finding.FakeFindingUseCases.BAOSHAN_PROBLEM;
import static com.pingyi.evaluation.ui.finding.FakeFindingUseCases.CARRIED_DONE;
import static com.pingyi.evaluation.ui.finding.FakeFindingUseCases.CARRIED_OVERDUE;
import static com.pingyi.evaluation.ui.finding.FakeFindingUseCases.RAISED;
import static com.pingyi.evaluation.ui.finding.FakeFindingUseCases.ROUND;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.pingyi.evaluation.application.port.in.finding.CheckRectification;
import com.pingyi.evaluation.application.port.in.finding.RaiseRectification;
import com.pingyi.evaluation.application.port.in.round.RoundRef;
import com.pingyi.evaluation.application.readmodel.RectificationView;
import com.pingyi.evaluation.domain.round.RoundStatus;
import com.pingyi.evaluation.ui.support.KaribuSpringSupport;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * The rectification part of the findings page against fake use cases: the items raised here and those
 * carried in, with their status; raising one from a problem about a unit, checking a carried one, and
 * the rule a refused one breaks, shown on its field.
 */
@SpringBootTest(properties = {"pingyi.demo-data.enabled=false", "spring.datasource.url=jdbc:h2:mem:rectification-panel;DB_CLOSE_DELAY=-1"})
@Import(FakeFindingUseCases.Configuration.class)
class RectificationPanelTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    FakeFindingUseCases fake;

    @BeforeEach
    void setUp() {
        fake.reset(RoundStatus.CLOSED);
        KaribuSpringSupport.setUp(context);
        KaribuSpringSupport.signIn("admin", "ADMIN");
    }

    @AfterEach
    void tearDown() {
        KaribuSpringSupport.tearDown();
    }

    private static void open() {
        UI.getCurrent().navigate(FindingsView.class, new RouteParameters("roundId", ROUND.toString()));
    }

    @SuppressWarnings("unchecked")
    private static Grid<RectificationView> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    private static String cellText(Grid<RectificationView> grid, int row, String column) {
        Component cell = GridKt._getCellComponent(grid, row, column);
        return cell instanceof Button button ? button.getText() : ((Span) cell).getText();
    }

    @Test
    void lists_the_items_raised_here_and_those_carried_in_with_their_status() {
        open();

        Grid<RectificationView> raised = grid("raised-grid");
        assertThat(GridKt._size(raised)).isEqualTo(1);
        assertThat(GridKt._getFormatted(raised, 0, "unit")).isEqualTo("宝山区教育局");
        assertThat(GridKt._getFormatted(raised, 0, "finding")).isEqualTo(BAOSHAN_PROBLEM.rendered());
        assertThat(GridKt._getFormatted(raised, 0, "due"))
                .isEqualTo(DateTimeFormatter.ofPattern("yyyy年M月d日").format(RAISED.due()));
        assertThat(cellText(raised, 0, "status")).isEqualTo("待整改");
        Grid<RectificationView> carried = grid("carried-grid");
        assertThat(GridKt._size(carried)).isEqualTo(2);
        assertThat(GridKt._getFormatted(carried, 0, "year")).isEqualTo("2018");
        assertThat(cellText(carried, 0, "status")).isEqualTo("已逾期");
        assertThat(cellText(carried, 0, "check")).isEqualTo("核查");
        assertThat(cellText(carried, 1, "status")).isEqualTo("已整改");
        assertThat(cellText(carried, 1, "check")).isEqualTo(CARRIED_DONE.checkNote());
    }

    @Test
    void a_problem_about_a_unit_is_raised_with_what_must_be_put_right_and_by_when() {
        open();
        ButtonKt._click(_get(Button.class, spec -> spec.withId("finding-raise-" + BAOSHAN_PROBLEM.id())));
        RaiseDialog dialog = _get(RaiseDialog.class);
        LocalDate due = LocalDate.now().plusMonths(6);
        dialog.description.setValue("建立公开属性认定复核台账");
        dialog.due.setValue(due);

        ButtonKt._click(_get(Button.class, spec -> spec.withId("raise-save")));

        assertThat(fake.commands()).containsExactly(new RaiseRectification(new RoundRef(ROUND, 7), BAOSHAN_PROBLEM.id(),
                "建立公开属性认定复核台账", due));
        assertThat(_find(RaiseDialog.class)).isEmpty();
    }

    @Test
    void an_item_without_a_due_date_is_refused_on_the_date_in_the_domains_words() {
        open();
        ButtonKt._click(_get(Button.class, spec -> spec.withId("finding-raise-" + BAOSHAN_PROBLEM.id())));
        RaiseDialog dialog = _get(RaiseDialog.class);
        dialog.description.setValue("建立台账");
        dialog.due.setValue(null);

        ButtonKt._click(_get(Button.class, spec -> spec.withId("raise-save")));

        assertThat(dialog.due.isInvalid()).isTrue();
        assertThat(dialog.due.getErrorMessage()).isEqualTo("整改事项须有整改期限。");
        assertThat(fake.commands()).isEmpty();
    }

    @Test
    void a_carried_item_is_checked_with_a_note_and_a_missing_note_is_refused_on_its_field() {
        open();
        Button check = (Button) GridKt._getCellComponent(grid("carried-grid"), 0, "check");
        assertThat(check.getId()).hasValue("check-" + CARRIED_OVERDUE.id());
        ButtonKt._click(check);
        CheckDialog dialog = _get(CheckDialog.class);

        ButtonKt._click(_get(Button.class, spec -> spec.withId("check-save")));
        assertThat(dialog.note.isInvalid()).isTrue();
        assertThat(dialog.note.getErrorMessage()).isEqualTo("核查整改事项须填写核查说明。");
        assertThat(fake.commands()).isEmpty();

        dialog.note.setValue("已建立栏目更新责任制，抽查无超期");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("check-save")));

        assertThat(fake.commands()).containsExactly(new CheckRectification(new RoundRef(ROUND, 7), CARRIED_OVERDUE.id(),
                "已建立栏目更新责任制，抽查无超期"));
        assertThat(_find(CheckDialog.class)).isEmpty();
    }

    @Test
    void many_carried_items_are_asked_for_a_page_at_a_time() {
        fake.carryMany(180);
        open();

        Grid<RectificationView> carried = grid("carried-grid");
        assertThat(GridKt._size(carried)).isEqualTo(180);
        assertThat(GridKt._get(carried, 150).description()).isEqualTo("整改事项150");

        assertThat(fake.rectificationQueries()).isNotEmpty()
                .allSatisfy(q -> assertThat(q.page().limit()).isLessThanOrEqualTo(RectificationPanel.WHOLE));
    }

    @Test
    void each_status_offers_what_the_domain_allows_and_an_auditor_nothing() {
        fake.reset(RoundStatus.DRAFT);
        open();
        assertThat(cellText(grid("carried-grid"), 0, "check")).isEqualTo("核查");
        assertThat(_find(Button.class, spec -> spec.withId("finding-raise-" + BAOSHAN_PROBLEM.id()))).isEmpty();

        fake.reset(RoundStatus.PUBLISHED);
        open();
        assertThat(cellText(grid("carried-grid"), 0, "check")).isEqualTo("待核查");
        assertThat(_find(Button.class, spec -> spec.withId("finding-raise-" + BAOSHAN_PROBLEM.id()))).hasSize(1);

        fake.reset(RoundStatus.CLOSED);
        KaribuSpringSupport.signIn("auditor", "AUDITOR");
        open();
        assertThat(cellText(grid("carried-grid"), 0, "check")).isEqualTo("待核查");
        assertThat(_find(Button.class, spec -> spec.withId("finding-raise-" + BAOSHAN_PROBLEM.id()))).isEmpty();
    }
}
