package com.pingyi.evaluation.ui.unit;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.pingyi.evaluation.application.port.in.paging.Page;
import com.pingyi.evaluation.application.port.in.unit.GetUnit;
import com.pingyi.evaluation.application.port.in.unit.GetUnitUseCase;
import com.pingyi.evaluation.application.port.in.unit.LinkPredecessors;
import com.pingyi.evaluation.application.port.in.unit.LinkPredecessorsUseCase;
import com.pingyi.evaluation.application.port.in.unit.ListUnits;
import com.pingyi.evaluation.application.port.in.unit.ListUnitsUseCase;
import com.pingyi.evaluation.application.port.in.unit.RegisterUnit;
import com.pingyi.evaluation.application.port.in.unit.RegisterUnitUseCase;
import com.pingyi.evaluation.application.port.in.unit.RenameUnit;
import com.pingyi.evaluation.application.port.in.unit.RenameUnitUseCase;
import com.pingyi.evaluation.application.port.in.unit.UnitRef;
import com.pingyi.evaluation.application.readmodel.RegisteredUnitView;
import com.pingyi.evaluation.domain.demo.Shanghai2019DemoRound;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.unit.UnitId;
import com.pingyi.evaluation.ui.i18n.TranslationProvider;
import com.pingyi.evaluation.ui.support.KaribuSpringSupport;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.RouterLink;
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

/** The unit registry against fake use cases: the units it is given, what it registers, renames and links, refusals in Chinese. */
@SpringBootTest(properties = {"pingyi.demo-data.enabled=false", "spring.datasource.url=jdbc:h2:mem:units-view-fake;DB_CLOSE_DELAY=-1"})
class UnitsViewFakeTest {

    static final UnitId HUANGPU = Shanghai2019DemoRound.unitId("黄浦");
    static final UnitId JINGAN = Shanghai2019DemoRound.unitId("静安");
    static final UnitId ZHABEI = UnitId.named("上海市闸北区教育局");
    static final List<RegisteredUnitView> UNITS = List.of(
            new RegisteredUnitView(HUANGPU, "黄浦区教育局", Set.of(), 2),
            new RegisteredUnitView(JINGAN, "静安区教育局", Set.of(ZHABEI), 4),
            new RegisteredUnitView(ZHABEI, "闸北区教育局", Set.of(), 1));

    /** What the fakes answer and what they were asked; one instance serves every use case of the view. */
    static class FakeUnits implements ListUnitsUseCase, GetUnitUseCase, RegisterUnitUseCase, RenameUnitUseCase, LinkPredecessorsUseCase {
        final List<Object> asked = new CopyOnWriteArrayList<>();
        volatile DomainException refusal;

        @Override
        public Page<RegisteredUnitView> listUnits(ListUnits query) {
            asked.add(query);
            List<RegisteredUnitView> found = UNITS.stream().filter(u -> u.name().contains(query.search() == null ? "" : query.search())).toList();
            int from = Math.min(query.page().offset(), found.size());
            int to = Math.min(from + query.page().limit(), found.size());
            return new Page<>(found.subList(from, to), found.size());
        }

        @Override
        public RegisteredUnitView getUnit(GetUnit query) {
            return UNITS.stream().filter(u -> u.id().equals(query.unit())).findFirst().orElseThrow();
        }

        @Override
        public RegisteredUnitView registerUnit(RegisterUnit command) {
            answer(command);
            return new RegisteredUnitView(UnitId.named("上海市" + command.name().strip()), command.name().strip(), Set.of(), 1);
        }

        @Override
        public RegisteredUnitView renameUnit(RenameUnit command) {
            answer(command);
            return new RegisteredUnitView(command.unit().id(), command.name(), Set.of(), command.unit().version() + 1);
        }

        @Override
        public RegisteredUnitView linkPredecessors(LinkPredecessors command) {
            answer(command);
            return new RegisteredUnitView(command.unit().id(), "黄浦区教育局", command.predecessors(), command.unit().version() + 1);
        }

        private void answer(Object command) {
            asked.add(command);
            if (refusal != null) {
                throw refusal;
            }
        }

        List<Object> commands() {
            return asked.stream().filter(c -> !(c instanceof ListUnits)).toList();
        }
    }

    @TestConfiguration
    static class Fakes {
        static final FakeUnits FAKE = new FakeUnits();

        @Bean @Primary ListUnitsUseCase fakeListUnits() {
            return FAKE::listUnits;
        }

        @Bean @Primary GetUnitUseCase fakeGetUnit() {
            return FAKE::getUnit;
        }

        @Bean @Primary RegisterUnitUseCase fakeRegisterUnit() {
            return FAKE::registerUnit;
        }

        @Bean @Primary RenameUnitUseCase fakeRenameUnit() {
            return FAKE::renameUnit;
        }

        @Bean @Primary LinkPredecessorsUseCase fakeLinkPredecessors() {
            return FAKE::linkPredecessors;
        }
    }

    @Autowired
    ApplicationContext context;

    final FakeUnits fake = Fakes.FAKE;

    @BeforeEach
    void setUp() {
        fake.asked.clear();
        fake.refusal = null;
        KaribuSpringSupport.setUp(context);
    }

    @AfterEach
    void tearDown() {
        KaribuSpringSupport.tearDown();
    }

    @Test
    void the_units_given_are_listed_with_their_predecessors_by_name_and_the_search_is_sent_as_typed() {
        KaribuSpringSupport.signIn("auditor", "AUDITOR");
        navigate();

        Grid<RegisteredUnitView> grid = units();
        assertThat(GridKt._size(grid)).isEqualTo(3);
        assertThat(GridKt._getFormatted(grid, 1, "name")).isEqualTo("静安区教育局");
        assertThat(GridKt._getFormatted(grid, 1, "predecessors")).isEqualTo("闸北区教育局");
        assertThat(((RouterLink) GridKt._getCellComponent(grid, 0, "history")).getText()).isEqualTo("历年情况");
        assertThat(_find(Button.class, spec -> spec.withId("register-unit"))).isEmpty();

        _get(TextField.class, spec -> spec.withId("unit-search")).setValue("黄浦");

        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(fake.asked).last().satisfies(q -> assertThat(((ListUnits) q).search()).isEqualTo("黄浦"));
    }

    @Test
    void registering_sends_the_typed_name_and_says_so_in_chinese() {
        KaribuSpringSupport.signIn("admin", "ADMIN");
        navigate();
        NotificationsKt.clearNotifications();

        _get(TextField.class, spec -> spec.withId("new-unit-name")).setValue("临港新片区教育局");
        _get(Button.class, spec -> spec.withId("register-unit")).click();

        assertThat(fake.commands()).containsExactly(new RegisterUnit("临港新片区教育局"));
        NotificationsKt.expectNotifications("已登记临港新片区教育局。");
        assertThat(_get(TextField.class, spec -> spec.withId("new-unit-name")).getValue()).isEmpty();
    }

    @Test
    void a_refused_registration_is_shown_in_chinese_and_the_name_stays_typed() {
        fake.refusal = new DomainException("unit.name-taken", "黄浦区教育局");
        KaribuSpringSupport.signIn("admin", "ADMIN");
        navigate();
        NotificationsKt.clearNotifications();

        _get(TextField.class, spec -> spec.withId("new-unit-name")).setValue("黄浦区教育局");
        _get(Button.class, spec -> spec.withId("register-unit")).click();

        String expected = context.getBean(I18NProvider.class).getTranslation("unit.name-taken", TranslationProvider.CHINESE, "黄浦区教育局");
        assertThat(expected).isEqualTo("单位库中已有名为“黄浦区教育局”的单位。");
        NotificationsKt.expectNotifications(expected);
        assertThat(_get(TextField.class, spec -> spec.withId("new-unit-name")).getValue()).isEqualTo("黄浦区教育局");
    }

    @Test
    @SuppressWarnings("unchecked")
    void renaming_and_linking_a_predecessor_send_the_version_seen_and_then_the_version_returned() {
        KaribuSpringSupport.signIn("admin", "ADMIN");
        navigate();

        GridKt._clickItem(units(), 0);
        _get(TextField.class, spec -> spec.withId("unit-name")).setValue("黄浦区教育局（新）");
        _get(ComboBox.class, spec -> spec.withId("unit-predecessor")).setValue(UNITS.get(2));
        _get(Button.class, spec -> spec.withId("save-unit")).click();

        assertThat(fake.commands()).containsExactly(
                new RenameUnit(new UnitRef(HUANGPU, 2), "黄浦区教育局（新）"),
                new LinkPredecessors(new UnitRef(HUANGPU, 3), Set.of(ZHABEI)));
        assertThat(_find(Button.class, spec -> spec.withId("save-unit"))).isEmpty();
    }

    @Test
    void a_refused_rename_is_shown_in_chinese_and_the_dialog_stays_open() {
        fake.refusal = new DomainException("unit.name.required");
        KaribuSpringSupport.signIn("admin", "ADMIN");
        navigate();
        NotificationsKt.clearNotifications();

        GridKt._clickItem(units(), 0);
        _get(TextField.class, spec -> spec.withId("unit-name")).setValue(" ");
        _get(Button.class, spec -> spec.withId("save-unit")).click();

        NotificationsKt.expectNotifications("单位须有名称。");
        assertThat(fake.commands()).singleElement().isInstanceOf(RenameUnit.class);
        _get(Button.class, spec -> spec.withId("save-unit"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<RegisteredUnitView> units() {
        return _get(Grid.class, spec -> spec.withId("units-grid"));
    }

    private static void navigate() {
        UI.getCurrent().navigate(UnitsView.class);
    }
}
