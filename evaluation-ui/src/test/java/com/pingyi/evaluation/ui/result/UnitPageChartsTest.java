package com.pingyi.evaluation.ui.result;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.pingyi.evaluation.application.port.in.result.ExplainResult;
import com.pingyi.evaluation.application.port.in.result.ExplainResultUseCase;
import com.pingyi.evaluation.application.readmodel.UnitExplanation;
import com.pingyi.evaluation.domain.demo.Shanghai2019DemoRound;
import com.pingyi.evaluation.domain.result.ExplanationStep;
import com.pingyi.evaluation.domain.result.SelfInspectionGap;
import com.pingyi.evaluation.domain.result.UnitResult;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.scheme.Indicator;
import com.pingyi.evaluation.domain.score.ScoreEntry;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.unit.UnitId;
import com.pingyi.evaluation.ui.common.chart.ChartJs;
import com.pingyi.evaluation.ui.i18n.TranslationProvider;
import com.pingyi.evaluation.ui.support.KaribuSpringSupport;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParam;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
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

/**
 * The unit page's charts against a fake query answering with the domain's own explanation of a demo
 * unit: the dimension rates and the self-inspection beside the verified points, what is drawn, what
 * is asked for, and how a broken rule is shown.
 */
@SpringBootTest(properties = {"pingyi.demo-data.enabled=false", "spring.datasource.url=jdbc:h2:mem:unit-page-charts;DB_CLOSE_DELAY=-1"})
class UnitPageChartsTest {

    static final RoundId ROUND = RoundId.newId();
    static final UnitId HUANGPU = Shanghai2019DemoRound.unitId("黄浦");

    @TestConfiguration
    static class FakeUseCases {

        @Bean
        @Primary
        FakeExplainResult fakeExplainResult() {
            return new FakeExplainResult();
        }

        @Bean
        @Primary
        com.pingyi.evaluation.application.port.in.round.GetRoundUseCase fakeGetRound() {
            return query -> new com.pingyi.evaluation.application.readmodel.RoundState(query.round(), 2019,
                    "2019年度上海市各区教育局政务公开评议", com.pingyi.evaluation.domain.round.RoundStatus.PUBLISHED, 5);
        }
    }

    static class FakeExplainResult implements ExplainResultUseCase {

        // Read and set through methods: the bean is a security proxy, whose own fields are empty.
        private final List<ExplainResult> queries = new CopyOnWriteArrayList<>();
        private final AtomicReference<Object> answer = new AtomicReference<>();

        List<ExplainResult> queries() {
            return queries;
        }

        void answer(Object explanationOrError) {
            answer.set(explanationOrError);
        }

        @Override
        public UnitExplanation explainResult(ExplainResult query) {
            queries.add(query);
            if (answer.get() instanceof DomainException e) {
                throw e;
            }
            return (UnitExplanation) answer.get();
        }
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    FakeExplainResult fake;

    @BeforeEach
    void setUp() {
        fake.queries().clear();
        KaribuSpringSupport.setUp(context);
        KaribuSpringSupport.signIn("auditor", "AUDITOR");
    }

    @AfterEach
    void tearDown() {
        KaribuSpringSupport.tearDown();
    }

    private static UnitExplanation explained(UnitResult r) {
        return new UnitExplanation(r.unitId(), r.unit().name(), r.rate().percent(), r.band().label(), r.rank(), r.vetoed(),
                r.explanation(), r.selfInspectionGap());
    }

    private static void open(UnitId unit) {
        UI.getCurrent().navigate(UnitExplanationView.class, new RouteParameters(new RouteParam("roundId", ROUND.toString()),
                new RouteParam("unitId", unit.toString())));
    }

    @Test
    void draws_the_units_rate_in_every_dimension_as_the_explanation_shows_it() {
        UnitResult huangpu = Shanghai2019DemoRound.published().results().of(HUANGPU);
        fake.answer(explained(huangpu));

        open(HUANGPU);

        assertThat(fake.queries()).containsExactly(new ExplainResult(ROUND, HUANGPU));
        ChartJs chart = _get(DimensionRatesChart.class).chart();
        List<ExplanationStep.DimensionRate> rates = huangpu.dimensionRates();
        assertThat(chart.labels()).containsExactly("政府信息公开", "网上办事与服务", "网上互动交流", "网站呈现形式");
        assertThat(chart.datasets().getFirst().values())
                .containsExactlyElementsOf(rates.stream().map(ExplanationStep.DimensionRate::shownPercent).toList());
        assertThat(chart.configJson()).contains("\"data\":[" + rates.getFirst().shownPercent().toPlainString() + ",");
        assertThat(_get(Paragraph.class, spec -> spec.withId("unit-dimension-text")).getText())
                .startsWith("政府信息公开 " + rates.getFirst().shownPercent().toPlainString() + "%（权重 40%）");
        assertThat(_get(RouterLink.class, spec -> spec.withId("unit-history-link")).getHref()).isEqualTo("units/" + HUANGPU + "/history");
        // the steps are still all there below the charts
        assertThat(_get(ExplanationPanel.class).getChildren().count()).isEqualTo(8);
        // and the way back: rounds, the round, its results, this unit
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("round-crumbs")).getElement().getTextRecursively())
                .isEqualTo("评议轮次›2019年度上海市各区教育局政务公开评议›评议结果›黄浦区教育局");
    }

    @Test
    void a_dimension_that_does_not_apply_has_no_bar_and_says_so() {
        EvaluationRound round = Shanghai2019DemoRound.build();
        round.reopen("网上办事不适用");
        for (Indicator indicator : round.scheme().orElseThrow().dimensions().get(1).indicators()) {
            round.recordScore(new ScoreEntry.NotApplicable(HUANGPU, indicator.code(), "未开设网上办事"));
        }
        fake.answer(explained(round.results().of(HUANGPU)));

        open(HUANGPU);

        ChartJs chart = _get(DimensionRatesChart.class).chart();
        assertThat(chart.labels().get(1)).isEqualTo("网上办事与服务（不适用）");
        assertThat(chart.datasets().getFirst().values().get(1)).isNull();
        assertThat(chart.configJson()).contains(",null,");
    }

    @Test
    void shows_what_the_unit_claimed_beside_what_was_verified_in_a_chart_and_a_table() {
        UnitResult huangpu = Shanghai2019DemoRound.published().results().of(HUANGPU);
        SelfInspectionGap gap = huangpu.selfInspectionGap();
        fake.answer(explained(huangpu));

        open(HUANGPU);

        SelfInspectionPanel panel = _get(SelfInspectionPanel.class);
        ChartJs chart = panel.chart();
        assertThat(chart.labels()).containsExactlyElementsOf(gap.lines().stream().map(SelfInspectionGap.Line::name).toList());
        assertThat(chart.datasets()).extracting(ChartJs.Dataset::label).containsExactly("自查得分", "核实得分");
        assertThat(chart.datasets().get(0).values()).containsExactlyElementsOf(gap.lines().stream()
                .map(l -> l.claimed().setScale(2, RoundingMode.HALF_UP)).toList());
        assertThat(chart.datasets().get(1).values()).containsExactlyElementsOf(gap.lines().stream()
                .map(l -> l.verified().setScale(2, RoundingMode.HALF_UP)).toList());
        @SuppressWarnings("unchecked")
        Grid<SelfInspectionGap.Line> grid = _get(Grid.class, spec -> spec.withId("self-inspection-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(gap.lines().size());
        SelfInspectionGap.Line first = gap.lines().getFirst();
        assertThat(GridKt._getFormatted(grid, 0, "code")).isEqualTo(first.indicator().value());
        assertThat(GridKt._getFormatted(grid, 0, "claimed")).isEqualTo(first.claimed().setScale(2, RoundingMode.HALF_UP).toPlainString());
        assertThat(GridKt._getFormatted(grid, 0, "gap")).isEqualTo("+" + first.gap().setScale(2, RoundingMode.HALF_UP).toPlainString());
        assertThat(gap.total()).isPositive();
        assertThat(_get(Paragraph.class, spec -> spec.withId("self-inspection-total")).getText())
                .isEqualTo("自查得分合计比核实得分高 " + gap.total().setScale(2, RoundingMode.HALF_UP).toPlainString() + " 分。");
    }

    @Test
    void a_unit_without_self_inspection_says_there_is_nothing_to_compare() {
        UnitResult huangpu = Shanghai2019DemoRound.published().results().of(HUANGPU);
        fake.answer(new UnitExplanation(huangpu.unitId(), huangpu.unit().name(), huangpu.rate().percent(), huangpu.band().label(),
                huangpu.rank(), huangpu.vetoed(), huangpu.explanation()));

        open(HUANGPU);

        assertThat(_get(Paragraph.class, spec -> spec.withId("self-inspection-none")).getText()).isEqualTo("本单位没有自查得分可供比较。");
        assertThat(_find(Grid.class, spec -> spec.withId("self-inspection-grid"))).isEmpty();
        assertThat(_get(SelfInspectionPanel.class).chart().configJson()).isNull();
    }

    @Test
    void a_broken_rule_is_shown_in_the_users_language_and_nothing_is_drawn() {
        fake.answer(new DomainException("result.nothing-applicable", "宝山区教育局"));

        open(Shanghai2019DemoRound.unitId("宝山"));

        assertThat(_get(Paragraph.class, spec -> spec.withId("explain-unavailable")).getText())
                .contains(context.getBean(com.vaadin.flow.i18n.I18NProvider.class)
                        .getTranslation("result.nothing-applicable", TranslationProvider.CHINESE, "宝山区教育局"));
        assertThat(_find(DimensionRatesChart.class)).isEmpty();
        assertThat(_find(SelfInspectionPanel.class)).isEmpty();
    }

    @Test
    void rates_stay_exact_decimals_up_to_the_browser() {
        UnitResult huangpu = Shanghai2019DemoRound.published().results().of(HUANGPU);
        fake.answer(explained(huangpu));

        open(HUANGPU);

        assertThat(_get(DimensionRatesChart.class).chart().datasets().getFirst().values())
                .allSatisfy(v -> assertThat(v).isInstanceOf(BigDecimal.class).satisfies(d -> assertThat(d.scale()).isEqualTo(2)));
    }
}
