package com.pingyi.evaluation.ui.unit;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.application.port.in.unit.ListUnits;
import com.pingyi.evaluation.application.port.in.unit.ListUnitsUseCase;
import com.pingyi.evaluation.application.readmodel.RegisteredUnitView;
import com.pingyi.evaluation.ui.support.KaribuSpringSupport;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** The unit registry over the real use cases, with the 16 bureaus the demo data registered. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:units-view;DB_CLOSE_DELAY=-1")
class UnitsViewTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    ListUnitsUseCase listUnits;

    @BeforeEach
    void setUp() {
        KaribuSpringSupport.setUp(context);
    }

    @AfterEach
    void tearDown() {
        KaribuSpringSupport.tearDown();
    }

    @Test
    void lists_and_searches_the_registry_lazily() {
        KaribuSpringSupport.signIn("admin", "ADMIN");
        UI.getCurrent().navigate(UnitsView.class);

        assertThat(GridKt._size(units())).isGreaterThanOrEqualTo(16);
        _get(TextField.class, spec -> spec.withId("unit-search")).setValue("黄浦");
        assertThat(GridKt._size(units())).isEqualTo(1);
        assertThat(GridKt._get(units(), 0).name()).isEqualTo("黄浦区教育局");
    }

    @Test
    void registers_a_unit_and_refuses_a_second_of_the_same_name_with_the_rule() {
        KaribuSpringSupport.signIn("admin", "ADMIN");
        UI.getCurrent().navigate(UnitsView.class);
        TextField name = _get(TextField.class, spec -> spec.withId("new-unit-name"));

        name.setValue("临港新片区教育局");
        _get(Button.class, spec -> spec.withId("register-unit")).click();
        NotificationsKt.clearNotifications();
        name.setValue("临港新片区教育局");
        _get(Button.class, spec -> spec.withId("register-unit")).click();

        NotificationsKt.expectNotifications("单位库中已有名为“临港新片区教育局”的单位。");
        _get(TextField.class, spec -> spec.withId("unit-search")).setValue("临港");
        assertThat(GridKt._size(units())).isEqualTo(1);
    }

    @Test
    void links_a_merged_district_to_its_predecessor() {
        KaribuSpringSupport.signIn("admin", "ADMIN");
        // The use case is called as the signed-in admin: its permission check applies here too.
        UI.getCurrent().navigate(UnitsView.class);
        _get(TextField.class, spec -> spec.withId("new-unit-name")).setValue("闸北区教育局");
        _get(Button.class, spec -> spec.withId("register-unit")).click();
        _get(TextField.class, spec -> spec.withId("unit-search")).setValue("静安");

        GridKt._clickItem(units(), 0);
        @SuppressWarnings("unchecked")
        ComboBox<RegisteredUnitView> predecessor = _get(ComboBox.class, spec -> spec.withId("unit-predecessor"));
        predecessor.setValue(listUnits.listUnits(new ListUnits("闸北", PageRequest.first(5))).items().getFirst());
        _get(Button.class, spec -> spec.withId("save-unit")).click();

        assertThat(GridKt._getFormatted(units(), 0, "predecessors")).isEqualTo("闸北区教育局");
    }

    @Test
    void an_auditor_reads_the_registry_but_cannot_register() {
        KaribuSpringSupport.signIn("auditor", "AUDITOR");
        UI.getCurrent().navigate(UnitsView.class);

        assertThat(GridKt._size(units())).isGreaterThanOrEqualTo(16);
        assertThat(_find(Button.class, spec -> spec.withId("register-unit"))).allSatisfy(b -> assertThat(b.isVisible() && b.getParent()
                .map(p -> p.isVisible()).orElse(true)).isFalse());
    }

    @SuppressWarnings("unchecked")
    private static Grid<RegisteredUnitView> units() {
        return _get(Grid.class, spec -> spec.withId("units-grid"));
    }

}
