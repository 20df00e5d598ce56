package com.pingyi.evaluation.ui.result;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.pingyi.evaluation.application.port.in.result.UnitHistory;
import com.pingyi.evaluation.application.port.in.result.UnitHistoryUseCase;
import com.pingyi.evaluation.application.port.in.unit.GetUnit;
import com.pingyi.evaluation.application.port.in.unit.GetUnitUseCase;
import com.pingyi.evaluation.application.readmodel.RegisteredUnitView;
import com.pingyi.evaluation.domain.result.YearOverYear;
import com.pingyi.evaluation.domain.round.EvaluationYear;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.shared.ScoreRate;
import com.pingyi.evaluation.domain.unit.UnitId;
import com.pingyi.evaluation.ui.common.chart.ChartJs;
import com.pingyi.evaluation.ui.i18n.TranslationProvider;
import com.pingyi.evaluation.ui.support.KaribuSpringSupport;
import com.pingyi.evaluation.ui.unit.UnitsView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The year-over-year view against fake queries: the table and the line of rates, what it asks for, and a broken rule. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:unit-history-view;DB_CLOSE_DELAY=-1")
class UnitHistoryViewTest {

    static final UnitId JINGAN = UnitId.newId();
    static final UnitId ZHABEI = UnitId.newId();

    static final List<YearOverYear.YearFigures> YEARS = List.of(
            new YearOverYear.YearFigures(EvaluationYear.of(2017), ZHABEI, "闸北区教育局", ScoreRate.of("78.50"), "合格", 9, 17),
            new YearOverYear.YearFigures(EvaluationYear.of(2018), JINGAN, "静安区教育局", ScoreRate.of("81.25"), "良好", 5, 16),
            new YearOverYear.YearFigures(EvaluationYear.of(2019), JINGAN, "静安区教育局", ScoreRate.of("81.25"), "良好", 6, 16));

    @TestConfiguration
    static class FakeUseCases {

        @Bean
        @Primary
        FakeUnitHistory fakeUnitHistory() {
            return new FakeUnitHistory();
        }

        @Bean
        @Primary
        FakeGetUnit fakeGetUnit() {
            return new FakeGetUnit();
        }
    }

    static class FakeUnitHistory implements UnitHistoryUseCase {

        // Read and set through methods: the bean is a security proxy, whose own fields are empty.
        private final List<UnitHistory> queries = new CopyOnWriteArrayList<>();
        private final AtomicReference<List<YearOverYear.YearFigures>> answer = new AtomicReference<>(YEARS);

        List<UnitHistory> queries() {
            return queries;
        }

        void answer(List<YearOverYear.YearFigures> years) {
            answer.set(years);
        }

        @Override
        public List<YearOverYear.YearFigures> unitHistory(UnitHistory query) {
            queries.add(query);
            return answer.get();
        }
    }

    static class FakeGetUnit implements GetUnitUseCase {

        @Override
        public RegisteredUnitView getUnit(GetUnit query) {
            if (!query.unit().equals(JINGAN)) {
                throw new DomainException("unit.not-registered", query.unit());
            }
            return new RegisteredUnitView(JINGAN, "静安区教育局", Set.of(ZHABEI), 1);
        }
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    FakeUnitHistory fake;

    @BeforeEach
    void setUp() {
        fake.queries().clear();
        fake.answer(YEARS);
        KaribuSpringSupport.setUp(context);
        KaribuSpringSupport.signIn("auditor", "AUDITOR");
    }

    @AfterEach
    void tearDown() {
        KaribuSpringSupport.tearDown();
    }

    private static void open(UnitId unit) {
        UI.getCurrent().navigate(UnitHistoryView.class, new RouteParameters("unitId", unit.toString()));
    }

    @Test
    void lists_year_rate_band_rank_and_change_with_the_predecessors_years_under_their_name() {
        open(JINGAN);

        assertThat(fake.queries()).containsExactly(new UnitHistory(JINGAN));
        assertThat(_get(H2.class, spec -> spec.withId("history-heading")).getText()).isEqualTo("静安区教育局 · 历年情况");
        assertThat(_get(UnitHistoryView.class).getPageTitle()).isEqualTo("历年情况 · 评议");
        @SuppressWarnings("unchecked")
        Grid<UnitHistoryView.Row> grid = _get(Grid.class, spec -> spec.withId("history-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(3);
        assertThat(GridKt._getFormatted(grid, 0, "year")).isEqualTo("2017");
        assertThat(GridKt._getFormatted(grid, 0, "name")).isEqualTo("闸北区教育局");
        assertThat(GridKt._getFormatted(grid, 0, "change")).isEqualTo("—");
        assertThat(GridKt._getFormatted(grid, 1, "rate")).isEqualTo("81.25%");
        assertThat(GridKt._getFormatted(grid, 1, "band")).isEqualTo("良好");
        assertThat(GridKt._getFormatted(grid, 1, "rank")).isEqualTo("第 5 名 / 16 家");
        assertThat(GridKt._getFormatted(grid, 1, "change")).isEqualTo("上升 2.75 个百分点");
        assertThat(GridKt._getFormatted(grid, 2, "change")).isEqualTo("持平");
    }

    @Test
    void draws_the_rate_year_by_year_as_exact_decimals() {
        open(JINGAN);

        ChartJs chart = _get(UnitHistoryView.class).chart();
        assertThat(chart.kind()).isEqualTo(ChartJs.Kind.LINE);
        assertThat(chart.labels()).containsExactly("2017", "2018", "2019");
        assertThat(chart.datasets().getFirst().values())
                .containsExactly(new BigDecimal("78.50"), new BigDecimal("81.25"), new BigDecimal("81.25"));
        assertThat(chart.configJson()).contains("\"data\":[78.50,81.25,81.25]", "\"max\":100");
    }

    @Test
    void a_unit_without_results_yet_says_so() {
        fake.answer(List.of());

        open(JINGAN);

        assertThat(_get(Paragraph.class, spec -> spec.withId("history-none")).getText()).isEqualTo("该单位尚无任何年度的评议结果。");
        assertThat(_find(Grid.class, spec -> spec.withId("history-grid"))).isEmpty();
    }

    @Test
    void an_unknown_unit_is_shown_as_the_broken_rule_in_the_users_language() {
        UnitId stranger = UnitId.newId();

        open(stranger);

        assertThat(_get(Paragraph.class, spec -> spec.withId("history-error")).getText())
                .isEqualTo("无法显示历年情况：" + context.getBean(com.vaadin.flow.i18n.I18NProvider.class)
                        .getTranslation("unit.not-registered", TranslationProvider.CHINESE, stranger));
        assertThat(fake.queries()).isEmpty();
    }

    @Test
    void the_units_registry_links_each_unit_to_its_history() {
        UI.getCurrent().navigate(UnitsView.class);
        @SuppressWarnings("unchecked")
        Grid<RegisteredUnitView> units = _get(Grid.class, spec -> spec.withId("units-grid"));

        RegisteredUnitView first = GridKt._get(units, 0);
        RouterLink link = (RouterLink) GridKt._getCellComponent(units, 0, "history");
        assertThat(link.getText()).isEqualTo("历年情况");
        assertThat(link.getHref()).isEqualTo("units/" + first.id() + "/history");
    }
}
