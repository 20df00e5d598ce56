package com.pingyi.evaluation.ui.round;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.pingyi.evaluation.application.port.in.paging.Page;
import com.pingyi.evaluation.application.port.in.round.EnrolUnit;
import com.pingyi.evaluation.application.port.in.round.EnrolUnitUseCase;
import com.pingyi.evaluation.application.port.in.round.GetRound;
import com.pingyi.evaluation.application.port.in.round.GetRoundUseCase;
import com.pingyi.evaluation.application.port.in.round.ListRoundUnits;
import com.pingyi.evaluation.application.port.in.round.ListRoundUnitsUseCase;
import com.pingyi.evaluation.application.port.in.round.WithdrawUnit;
import com.pingyi.evaluation.application.port.in.round.WithdrawUnitUseCase;
import com.pingyi.evaluation.application.port.in.unit.ListUnits;
import com.pingyi.evaluation.application.port.in.unit.ListUnitsUseCase;
import com.pingyi.evaluation.application.readmodel.RegisteredUnitView;
import com.pingyi.evaluation.application.readmodel.RoundState;
import com.pingyi.evaluation.application.readmodel.RoundUnitView;
import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.round.RoundStatus;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.unit.UnitId;
import com.pingyi.evaluation.ui.support.KaribuSpringSupport;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

/** The units of a round against fake use cases: what it lists, what enrolment and withdrawal send, how a refusal shows. */
@SpringBootTest(properties = {"pingyi.demo-data.enabled=false", "spring.datasource.url=jdbc:h2:mem:round-units-view;DB_CLOSE_DELAY=-1"})
class RoundUnitsViewTest {

    static final RoundId ROUND = RoundId.newId();
    static final UnitId HUANGPU = UnitId.newId();
    static final UnitId BAOSHAN = UnitId.newId();
    static final UnitId LINGANG = UnitId.newId();

    static class FakeUnits implements GetRoundUseCase, ListRoundUnitsUseCase, ListUnitsUseCase, EnrolUnitUseCase, WithdrawUnitUseCase {
        final List<Object> asked = new CopyOnWriteArrayList<>();
        volatile RoundStatus status = RoundStatus.DRAFT;

        @Override
        public RoundState getRound(GetRound query) {
            return new RoundState(ROUND, 2020, "2020年度区教育局政务公开评议", status, 3);
        }

        @Override
        public Page<RoundUnitView> listRoundUnits(ListRoundUnits query) {
            asked.add(query);
            List<RoundUnitView> all = new ArrayList<>(List.of(new RoundUnitView(HUANGPU, "黄浦区教育局", 1, null, null),
                    new RoundUnitView(BAOSHAN, "宝山区教育局", 2, "机构调整", LocalDate.of(2020, 3, 1))));
            all.removeIf(u -> query.search() != null && !u.name().contains(query.search()));
            int from = Math.min(query.page().offset(), all.size());
            return new Page<>(all.subList(from, Math.min(all.size(), from + query.page().limit())), all.size());
        }

        @Override
        public Page<RegisteredUnitView> listUnits(ListUnits query) {
            return new Page<>(List.of(new RegisteredUnitView(LINGANG, "临港新片区教育局", Set.of(HUANGPU), 1)), 1);
        }

        @Override
        public RoundState enrolUnit(EnrolUnit command) {
            asked.add(command);
            return new RoundState(ROUND, 2020, "2020年度区教育局政务公开评议", status, 4);
        }

        @Override
        public RoundState withdrawUnit(WithdrawUnit command) {
            asked.add(command);
            if (command.reason() == null || command.reason().isBlank()) {
                throw new DomainException("unit.withdrawal.reason-required");
            }
            return new RoundState(ROUND, 2020, "2020年度区教育局政务公开评议", status, 4);
        }
    }

    @TestConfiguration
    static class Fakes {
        static final FakeUnits FAKE = new FakeUnits();

        @Bean @Primary GetRoundUseCase fakeGetRound() {
            return FAKE::getRound;
        }

        @Bean @Primary ListRoundUnitsUseCase fakeListRoundUnits() {
            return FAKE::listRoundUnits;
        }

        @Bean @Primary ListUnitsUseCase fakeListUnits() {
            return FAKE::listUnits;
        }

        @Bean @Primary EnrolUnitUseCase fakeEnrolUnit() {
            return FAKE::enrolUnit;
        }

        @Bean @Primary WithdrawUnitUseCase fakeWithdrawUnit() {
            return FAKE::withdrawUnit;
        }
    }

    @Autowired
    ApplicationContext context;

    final FakeUnits fake = Fakes.FAKE;

    @BeforeEach
    void setUp() {
        fake.asked.clear();
        fake.status = RoundStatus.DRAFT;
        KaribuSpringSupport.setUp(context);
    }

    @AfterEach
    void tearDown() {
        KaribuSpringSupport.tearDown();
    }

    @Test
    void lists_the_units_page_by_page_with_each_withdrawal_and_its_reason_and_searches_through_the_use_case() {
        KaribuSpringSupport.signIn("admin", "ADMIN");
        navigate();

        Grid<RoundUnitView> grid = grid();
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._getFormatted(grid, 0, "name")).isEqualTo("黄浦区教育局");
        assertThat(((Span) GridKt._getCellComponent(grid, 0, "participation")).getText()).isEqualTo("参评");
        assertThat(((Span) GridKt._getCellComponent(grid, 1, "participation")).getText()).isEqualTo("2020-03-01退出：机构调整");
        assertThat(GridKt._getCellComponent(grid, 1, "actions").isVisible()).as("no second withdrawal").isFalse();
        assertThat(fake.asked).filteredOn(ListRoundUnits.class::isInstance)
                .allSatisfy(q -> assertThat(((ListRoundUnits) q).page().limit()).isLessThanOrEqualTo(500));

        _get(TextField.class, spec -> spec.withId("round-unit-search")).setValue("宝山");
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(fake.asked).filteredOn(ListRoundUnits.class::isInstance).last()
                .satisfies(q -> assertThat(((ListRoundUnits) q).search()).isEqualTo("宝山"));
    }

    @Test
    void enrols_a_unit_of_the_registry_with_its_predecessors_while_the_round_is_a_draft() {
        KaribuSpringSupport.signIn("admin", "ADMIN");
        navigate();

        _get(Button.class, spec -> spec.withId("enrol-unit")).click();
        @SuppressWarnings("unchecked")
        ComboBox<RegisteredUnitView> choice = _get(ComboBox.class, spec -> spec.withId("enrol-unit-choice"));
        _get(Button.class, spec -> spec.withId("enrol-unit-save")).click();
        assertThat(choice.isInvalid()).isTrue();
        assertThat(fake.asked).noneMatch(EnrolUnit.class::isInstance);

        choice.setValue(fake.listUnits(null).items().getFirst());
        _get(Button.class, spec -> spec.withId("enrol-unit-save")).click();

        assertThat(fake.asked).filteredOn(EnrolUnit.class::isInstance).singleElement().satisfies(c -> {
            EnrolUnit sent = (EnrolUnit) c;
            assertThat(sent.round().version()).isEqualTo(3);
            assertThat(sent.unit().id()).isEqualTo(LINGANG);
            assertThat(sent.unit().name()).isEqualTo("临港新片区教育局");
            assertThat(sent.unit().predecessors()).containsExactly(HUANGPU);
        });
    }

    @Test
    void a_withdrawal_without_a_reason_is_refused_by_name_next_to_the_reason() {
        fake.status = RoundStatus.OPEN;
        KaribuSpringSupport.signIn("admin", "ADMIN");
        navigate();
        assertThat(_find(Button.class, spec -> spec.withId("enrol-unit"))).as("no enrolment once scoring began").isEmpty();

        ((Button) GridKt._getCellComponent(grid(), 0, "actions")).click();
        _get(Button.class, spec -> spec.withId("withdraw-confirm")).click();
        TextArea reason = _get(TextArea.class, spec -> spec.withId("withdraw-reason"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("单位退出评议须说明理由。");

        reason.setValue("撤并");
        _get(Button.class, spec -> spec.withId("withdraw-confirm")).click();

        assertThat(fake.asked).filteredOn(WithdrawUnit.class::isInstance).last().satisfies(c -> {
            WithdrawUnit sent = (WithdrawUnit) c;
            assertThat(sent.unit()).isEqualTo(HUANGPU);
            assertThat(sent.reason()).isEqualTo("撤并");
            assertThat(sent.on()).isEqualTo(LocalDate.now());
        });
        assertThat(_find(TextArea.class, spec -> spec.withId("withdraw-reason"))).isEmpty();
    }

    @Test
    void an_auditor_reads_the_list_without_any_control_that_changes_it() {
        KaribuSpringSupport.signIn("auditor", "AUDITOR");
        navigate();

        assertThat(_find(Button.class, spec -> spec.withId("enrol-unit"))).isEmpty();
        assertThat(GridKt._getCellComponent(grid(), 0, "actions").isVisible()).isFalse();
        assertThat(GridKt._size(grid())).isEqualTo(2);
    }

    @SuppressWarnings("unchecked")
    private static Grid<RoundUnitView> grid() {
        return _get(Grid.class, spec -> spec.withId("round-units-grid"));
    }

    private static void navigate() {
        UI.getCurrent().navigate(RoundUnitsView.class, new RouteParameters("roundId", ROUND.toString()));
    }
}
