package com.pingyi.evaluation.ui.result;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.pingyi.evaluation.application.port.in.paging.Page;
import com.pingyi.evaluation.application.port.in.result.ListResults;
import com.pingyi.evaluation.application.port.in.result.ListResultsUseCase;
import com.pingyi.evaluation.application.port.in.round.CloseRound;
import com.pingyi.evaluation.application.port.in.round.CloseRoundUseCase;
import com.pingyi.evaluation.application.port.in.round.GetRound;
import com.pingyi.evaluation.application.port.in.round.GetRoundUseCase;
import com.pingyi.evaluation.application.port.in.round.OpenRound;
import com.pingyi.evaluation.application.port.in.round.OpenRoundUseCase;
import com.pingyi.evaluation.application.port.in.round.PublishRound;
import com.pingyi.evaluation.application.port.in.round.PublishRoundUseCase;
import com.pingyi.evaluation.application.port.in.round.ReopenRound;
import com.pingyi.evaluation.application.port.in.round.ReopenRoundUseCase;
import com.pingyi.evaluation.application.port.in.round.RoundRef;
import com.pingyi.evaluation.application.readmodel.RankedUnitView;
import com.pingyi.evaluation.application.readmodel.RoundState;
import com.pingyi.evaluation.domain.demo.Shanghai2019DemoRound;
import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.round.RoundStatus;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.ui.i18n.TranslationProvider;
import com.pingyi.evaluation.ui.support.KaribuSpringSupport;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.RouteParameters;
import java.math.BigDecimal;
import java.util.List;
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

/** The results view against fake use cases: the ranking it is given, the lifecycle commands it sends, refusals in Chinese. */
@SpringBootTest(properties = {"pingyi.demo-data.enabled=false", "spring.datasource.url=jdbc:h2:mem:results-view-fake;DB_CLOSE_DELAY=-1"})
class ResultsViewFakeTest {

    static final RoundId ROUND = RoundId.newId();
    static final String TITLE = "2019年度上海市各区教育局政务公开评议";
    static final List<RankedUnitView> RANKING = List.of(
            new RankedUnitView(Shanghai2019DemoRound.unitId("黄浦"), "黄浦区教育局", 0, 1, new BigDecimal("96.50"), "优秀", true, false),
            new RankedUnitView(Shanghai2019DemoRound.unitId("徐汇"), "徐汇区教育局", 1, 2, new BigDecimal("88.25"), "良好", false, false),
            new RankedUnitView(Shanghai2019DemoRound.unitId("宝山"), "宝山区教育局", 8, 3, new BigDecimal("70.00"), "一般", false, true),
            new RankedUnitView(Shanghai2019DemoRound.unitId("长宁"), "长宁区教育局", 2, null, null, null, false, false));

    /** What the fakes answer and what they were asked; one instance serves every use case of the view. */
    static class FakeResults implements GetRoundUseCase, ListResultsUseCase, OpenRoundUseCase, CloseRoundUseCase, ReopenRoundUseCase,
            PublishRoundUseCase {
        final List<Object> asked = new CopyOnWriteArrayList<>();
        volatile RoundStatus status = RoundStatus.CLOSED;
        volatile long version = 7;
        volatile DomainException refusal;
        volatile DomainException noResults;

        @Override
        public RoundState getRound(GetRound query) {
            return new RoundState(ROUND, 2019, TITLE, status, version);
        }

        @Override
        public Page<RankedUnitView> listResults(ListResults query) {
            asked.add(query);
            if (noResults != null) {
                throw noResults;
            }
            int from = Math.min(query.page().offset(), RANKING.size());
            int to = Math.min(from + query.page().limit(), RANKING.size());
            return new Page<>(RANKING.subList(from, to), RANKING.size());
        }

        @Override
        public RoundState openRound(OpenRound command) {
            return answer(command, RoundStatus.OPEN);
        }

        @Override
        public RoundState closeRound(CloseRound command) {
            return answer(command, RoundStatus.CLOSED);
        }

        @Override
        public RoundState reopenRound(ReopenRound command) {
            return answer(command, RoundStatus.OPEN);
        }

        @Override
        public RoundState publishRound(PublishRound command) {
            return answer(command, RoundStatus.PUBLISHED);
        }

        private RoundState answer(Object command, RoundStatus next) {
            asked.add(command);
            if (refusal != null) {
                throw refusal;
            }
            status = next;
            version++;
            return new RoundState(ROUND, 2019, TITLE, status, version);
        }

        List<Object> commands() {
            return asked.stream().filter(c -> !(c instanceof ListResults)).toList();
        }
    }

    @TestConfiguration
    static class Fakes {
        static final FakeResults FAKE = new FakeResults();

        @Bean @Primary GetRoundUseCase fakeGetRound() {
            return FAKE::getRound;
        }

        @Bean @Primary ListResultsUseCase fakeListResults() {
            return FAKE::listResults;
        }

        @Bean @Primary OpenRoundUseCase fakeOpenRound() {
            return FAKE::openRound;
        }

        @Bean @Primary CloseRoundUseCase fakeCloseRound() {
            return FAKE::closeRound;
        }

        @Bean @Primary ReopenRoundUseCase fakeReopenRound() {
            return FAKE::reopenRound;
        }

        @Bean @Primary PublishRoundUseCase fakePublishRound() {
            return FAKE::publishRound;
        }
    }

    @Autowired
    ApplicationContext context;

    final FakeResults fake = Fakes.FAKE;

    @BeforeEach
    void setUp() {
        fake.asked.clear();
        fake.status = RoundStatus.CLOSED;
        fake.version = 7;
        fake.refusal = null;
        fake.noResults = null;
        KaribuSpringSupport.setUp(context);
    }

    @AfterEach
    void tearDown() {
        KaribuSpringSupport.tearDown();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_ranking_is_shown_with_rank_rate_band_veto_and_unrated_units_and_an_auditor_gets_no_action() {
        KaribuSpringSupport.signIn("auditor", "AUDITOR");
        navigate();

        Grid<RankedUnitView> grid = _get(Grid.class, spec -> spec.withId("results-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(4);
        assertThat(GridKt._getFormatted(grid, 0, "rank")).isEqualTo("1");
        assertThat(GridKt._getFormatted(grid, 0, "unit")).isEqualTo("黄浦区教育局");
        assertThat(GridKt._getFormatted(grid, 0, "rate")).isEqualTo("96.50%");
        Span band = (Span) GridKt._getCellComponent(grid, 0, "band");
        assertThat(band.getText()).isEqualTo("优秀");
        assertThat(band.hasClassName("band-named")).isTrue();
        assertThat(((Span) GridKt._getCellComponent(grid, 2, "band")).getText()).isEqualTo("一般 · 单项否决");
        assertThat(GridKt._getFormatted(grid, 3, "rank")).isEqualTo("—");
        assertThat(((Span) GridKt._getCellComponent(grid, 3, "band")).getText()).isEqualTo("未评定");
        assertThat(fake.asked).allSatisfy(q -> assertThat(((ListResults) q).round()).isEqualTo(ROUND));
        assertThat(_find(Button.class, spec -> spec.withId("round-action-publish"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("round-action-reopen"))).isEmpty();
        com.vaadin.flow.component.html.Anchor xlsx = _get(com.vaadin.flow.component.html.Anchor.class,
                spec -> spec.withId("results-download-xlsx"));
        assertThat(xlsx.getText()).isEqualTo("下载评议结果（XLSX）");
        assertThat(xlsx.isDownload()).isTrue();
    }

    @Test
    void publishing_a_closed_round_sends_the_version_seen_and_shows_the_published_round() {
        KaribuSpringSupport.signIn("admin", "ADMIN");
        navigate();
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("results-download-xlsx")).isVisible()).isTrue();

        _get(Button.class, spec -> spec.withId("round-action-publish")).click();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        KaribuSpringSupport.awaitUi(() -> _find(Button.class, spec -> spec.withId("round-action-publish")).isEmpty());

        assertThat(fake.commands()).singleElement().satisfies(c -> assertThat(((PublishRound) c).round()).isEqualTo(new RoundRef(ROUND, 7)));
        assertThat(_find(Button.class, spec -> spec.withId("round-action-reopen"))).isEmpty();
    }

    @Test
    void closing_an_open_round_sends_the_version_seen_and_then_offers_publishing() {
        fake.status = RoundStatus.OPEN;
        KaribuSpringSupport.signIn("admin", "ADMIN");
        navigate();

        _get(Button.class, spec -> spec.withId("round-action-close")).click();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        KaribuSpringSupport.awaitUi(() -> !_find(Button.class, spec -> spec.withId("round-action-publish")).isEmpty());

        assertThat(fake.commands()).containsExactly(new CloseRound(new RoundRef(ROUND, 7)));
    }

    @Test
    void a_refused_close_is_shown_in_chinese_and_the_round_stays_open() {
        fake.status = RoundStatus.OPEN;
        fake.refusal = new DomainException("round.close.scores-missing", 2, "黄浦区教育局/GK05, 徐汇区教育局/HD02");
        KaribuSpringSupport.signIn("admin", "ADMIN");
        navigate();
        NotificationsKt.clearNotifications();

        _get(Button.class, spec -> spec.withId("round-action-close")).click();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        KaribuSpringSupport.awaitUi(() -> !NotificationsKt.getNotifications().isEmpty());

        NotificationsKt.expectNotifications(chinese("round.close.scores-missing", 2, "黄浦区教育局/GK05, 徐汇区教育局/HD02"));
        assertThat(fake.commands()).hasSize(1);
        assertThat(fake.status).isEqualTo(RoundStatus.OPEN);
        assertThat(_get(Button.class, spec -> spec.withId("round-action-close")).isEnabled()).isTrue();
    }

    @Test
    void results_not_yet_available_say_why_in_chinese_instead_of_a_ranking() {
        fake.status = RoundStatus.OPEN;
        fake.noResults = new DomainException("score.missing", "黄浦区教育局", "GK05");
        KaribuSpringSupport.signIn("auditor", "AUDITOR");
        navigate();

        Paragraph unavailable = _get(Paragraph.class, spec -> spec.withId("results-unavailable"));
        assertThat(unavailable.isVisible()).isTrue();
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("results-download-xlsx"))).isEmpty();
        assertThat(unavailable.getText()).isEqualTo("结果尚不可用：" + chinese("score.missing", "黄浦区教育局", "GK05"));
    }

    private String chinese(String key, Object... args) {
        return context.getBean(I18NProvider.class).getTranslation(key, TranslationProvider.CHINESE, args);
    }

    private static void navigate() {
        UI.getCurrent().navigate(ResultsView.class, new RouteParameters("roundId", ROUND.toString()));
    }
}
