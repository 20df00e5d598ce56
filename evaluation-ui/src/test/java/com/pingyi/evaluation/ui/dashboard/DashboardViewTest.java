package com.pingyi.evaluation.ui.dashboard;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.pingyi.evaluation.application.port.in.dashboard.GetDashboard;
import com.pingyi.evaluation.application.port.in.dashboard.GetDashboardUseCase;
import com.pingyi.evaluation.application.readmodel.Dashboard;
import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.round.RoundStatus;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.ui.common.chart.ChartJs;
import com.pingyi.evaluation.ui.i18n.TranslationProvider;
import com.pingyi.evaluation.ui.login.LoginView;
import com.pingyi.evaluation.ui.round.RoundsView;
import com.pingyi.evaluation.ui.support.KaribuSpringSupport;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouterLink;
import java.math.BigDecimal;
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

/** The dashboard against a fake query: what it shows and draws, what it asks for, and how a broken rule is shown. */
@SpringBootTest(properties = {"pingyi.demo-data.enabled=false", "spring.datasource.url=jdbc:h2:mem:dashboard-view;DB_CLOSE_DELAY=-1"})
class DashboardViewTest {

    static final RoundId OPEN = RoundId.newId();
    static final RoundId DRAFT = RoundId.newId();
    static final RoundId PUBLISHED = RoundId.newId();

    static final Dashboard FULL = new Dashboard(List.of(
            new Dashboard.RoundProgress(DRAFT, 2021, "2021年度评议", RoundStatus.DRAFT, 0, 0),
            new Dashboard.RoundProgress(OPEN, 2020, "2020年度区教育局政务公开评议", RoundStatus.OPEN, 255, 256)), false,
            new Dashboard.PublishedOverview(PUBLISHED, 2019, "2019年度上海市各区教育局政务公开评议", 2,
                    List.of(new Dashboard.BandCount("优秀", "[90, 100]", true, 3), new Dashboard.BandCount("良好", "[80, 90)", true, 2),
                            new Dashboard.BandCount("合格", "[60, 80)", true, 10), new Dashboard.BandCount("不合格", "[0, 60)", false, 1)),
                    0, List.of(new Dashboard.DimensionAverage("D1", "政府信息公开", new BigDecimal("40.00"), new BigDecimal("76.014999999999"), 16),
                            new Dashboard.DimensionAverage("D2", "网上办事与服务", new BigDecimal("20.00"), new BigDecimal("72.125000000000"), 16),
                            new Dashboard.DimensionAverage("D3", "网上互动交流", new BigDecimal("20.00"), null, 0))));

    @TestConfiguration
    static class FakeUseCases {

        @Bean
        @Primary
        FakeGetDashboard fakeGetDashboard() {
            return new FakeGetDashboard();
        }
    }

    static class FakeGetDashboard implements GetDashboardUseCase {

        // Read and set through methods: the bean is a security proxy, whose own fields are empty.
        private final List<GetDashboard> queries = new CopyOnWriteArrayList<>();
        private final AtomicReference<Object> answer = new AtomicReference<>(FULL);

        List<GetDashboard> queries() {
            return queries;
        }

        void answer(Object dashboardOrError) {
            answer.set(dashboardOrError);
        }

        @Override
        public Dashboard getDashboard(GetDashboard query) {
            queries.add(query);
            if (answer.get() instanceof DomainException e) {
                throw e;
            }
            return (Dashboard) answer.get();
        }
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    FakeGetDashboard fake;

    @BeforeEach
    void setUp() {
        fake.queries().clear();
        fake.answer(FULL);
        KaribuSpringSupport.setUp(context);
    }

    @AfterEach
    void tearDown() {
        KaribuSpringSupport.tearDown();
    }

    @Test
    void is_the_landing_page_and_asks_for_a_short_list_of_rounds_in_progress() {
        KaribuSpringSupport.signIn("auditor", "AUDITOR");
        UI.getCurrent().navigate("");

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst()).isInstanceOf(DashboardView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("工作台");
        assertThat(_get(DashboardView.class).getPageTitle()).isEqualTo("工作台 · 评议");
        assertThat(fake.queries()).containsExactly(new GetDashboard(DashboardView.MAX_IN_PROGRESS));
        assertThat(_find(SideNavItem.class).getFirst().getLabel()).isEqualTo("工作台");
    }

    @Test
    void shows_each_round_in_progress_with_its_stage_and_the_scores_in_of_those_expected() {
        KaribuSpringSupport.signIn("admin", "ADMIN");
        UI.getCurrent().navigate(DashboardView.class);

        RouterLink open = _get(RouterLink.class, spec -> spec.withId("in-progress-" + OPEN));
        assertThat(open.getText()).isEqualTo("2020 · 2020年度区教育局政务公开评议");
        assertThat(open.getHref()).isEqualTo("rounds/" + OPEN + "/completeness");
        assertThat(_get(RouterLink.class, spec -> spec.withId("in-progress-" + DRAFT)).getHref()).isEqualTo("rounds/" + DRAFT + "/scheme");
        assertThat(_get(ProgressBar.class, spec -> spec.withId("progress-" + OPEN)).getValue()).isEqualTo(255.0 / 256);
        assertThat(_get(Span.class, spec -> spec.withId("progress-text-" + OPEN)).getText()).isEqualTo("已录入 255 / 256 项应录评分（99.6%）");
        assertThat(_get(Span.class, spec -> spec.withId("progress-text-" + DRAFT)).getText()).startsWith("尚无应录评分");
        assertThat(_get(RoundsInProgress.class).getElement().getTextRecursively()).contains("评分中", "草稿", "评分阶段");
        assertThat(_find(Paragraph.class, spec -> spec.withId("in-progress-more"))).isEmpty();
    }

    @Test
    void draws_the_latest_published_rounds_bands_and_dimension_averages_from_the_figures() {
        KaribuSpringSupport.signIn("admin", "ADMIN");
        UI.getCurrent().navigate(DashboardView.class);

        LatestPublished latest = _get(LatestPublished.class);
        ChartJs bands = latest.bandChart();
        assertThat(bands.labels()).containsExactly("优秀", "良好", "合格", "不合格");
        assertThat(bands.datasets().getFirst().values()).extracting(BigDecimal::intValueExact).containsExactly(3, 2, 10, 1);
        // the band the notice does not name is grey
        assertThat(bands.datasets().getFirst().colors().getLast()).isEqualTo("#9aa5b1");
        // counts: ticks on whole numbers only
        assertThat(bands.configJson()).contains("\"data\":[3,2,10,1]", "\"ticks\":{\"precision\":0}");
        ChartJs dimensions = latest.dimensionChart();
        assertThat(dimensions.kind()).isEqualTo(ChartJs.Kind.HORIZONTAL_BAR);
        assertThat(dimensions.labels()).containsExactly("政府信息公开", "网上办事与服务", "网上互动交流");
        // rounded HALF_UP to the round's precision, as exact decimals, only then handed to the browser
        assertThat(dimensions.datasets().getFirst().values()).containsExactly(new BigDecimal("76.01"), new BigDecimal("72.13"), null);
        assertThat(dimensions.configJson()).contains("\"data\":[76.01,72.13,null]", "\"max\":100");
        assertThat(_get(Paragraph.class, spec -> spec.withId("dimension-text")).getText())
                .isEqualTo("政府信息公开 76.01%（权重 40%） · 网上办事与服务 72.13%（权重 20%） · 网上互动交流 —（权重 20%）");
        assertThat(_get(Paragraph.class, spec -> spec.withId("band-text")).getText()).endsWith("共16家单位评定等次。");
        assertThat(_get(RouterLink.class, spec -> spec.withId("latest-results-link")).getHref()).isEqualTo("rounds/" + PUBLISHED + "/results");
        assertThat(_get(RouterLink.class, spec -> spec.withId("latest-notice-link")).getHref()).isEqualTo("rounds/" + PUBLISHED + "/notice");
    }

    @Test
    void without_a_published_round_or_with_more_rounds_than_listed_it_says_so() {
        fake.answer(new Dashboard(List.of(FULL.inProgress().getFirst()), true, null));
        KaribuSpringSupport.signIn("admin", "ADMIN");
        UI.getCurrent().navigate(DashboardView.class);

        assertThat(_get(Paragraph.class, spec -> spec.withId("latest-none")).getText()).isEqualTo("尚无已发布的评议。");
        assertThat(_find(LatestPublished.class)).isEmpty();
        Paragraph more = _get(Paragraph.class, spec -> spec.withId("in-progress-more"));
        assertThat(_get(more, RouterLink.class).getHref()).isEqualTo("rounds");
    }

    @Test
    void a_broken_rule_is_shown_in_the_users_language_instead_of_the_figures() {
        fake.answer(new DomainException("round.not-found", PUBLISHED));
        KaribuSpringSupport.signIn("admin", "ADMIN");
        UI.getCurrent().navigate(DashboardView.class);

        assertThat(_get(Paragraph.class, spec -> spec.withId("dashboard-error")).getText())
                .isEqualTo("工作台暂不可用：" + context.getBean(com.vaadin.flow.i18n.I18NProvider.class)
                        .getTranslation("round.not-found", TranslationProvider.CHINESE, PUBLISHED));
        assertThat(_find(RoundsInProgress.class)).isEmpty();
    }

    @Test
    void in_english_the_figures_read_in_english() {
        KaribuSpringSupport.signIn("admin", "ADMIN");
        UI.getCurrent().setLocale(TranslationProvider.ENGLISH);
        UI.getCurrent().navigate(DashboardView.class);

        assertThat(_get(H2.class).getText()).isEqualTo("Dashboard");
        assertThat(_get(Span.class, spec -> spec.withId("progress-text-" + OPEN)).getText()).isEqualTo("255 of 256 expected scores in (99.6%)");
        assertThat(_get(LatestPublished.class).dimensionChart().datasets().getFirst().label()).isEqualTo("Average rate");
    }

    @Test
    void other_roles_land_on_the_rounds_list_and_nobody_signed_in_on_the_login() {
        KaribuSpringSupport.signIn("expert", "EXPERT");
        UI.getCurrent().navigate("");

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst()).isInstanceOf(RoundsView.class);
        assertThat(fake.queries()).isEmpty();

        KaribuSpringSupport.tearDown();
        KaribuSpringSupport.setUp(context);
        UI.getCurrent().navigate("");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst()).isInstanceOf(LoginView.class);
    }
}
