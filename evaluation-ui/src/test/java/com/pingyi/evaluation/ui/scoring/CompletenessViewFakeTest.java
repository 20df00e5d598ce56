package com.pingyi.evaluation.ui.scoring;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.pingyi.evaluation.application.port.in.paging.Page;
import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.application.port.in.result.ListMissingScores;
import com.pingyi.evaluation.application.port.in.result.ListMissingScoresUseCase;
import com.pingyi.evaluation.application.port.in.round.GetRound;
import com.pingyi.evaluation.application.port.in.round.GetRoundUseCase;
import com.pingyi.evaluation.application.readmodel.RoundState;
import com.pingyi.evaluation.domain.demo.Shanghai2019DemoRound;
import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.round.RoundStatus;
import com.pingyi.evaluation.domain.scheme.IndicatorCode;
import com.pingyi.evaluation.domain.score.MissingScore;
import com.pingyi.evaluation.ui.support.KaribuSpringSupport;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
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

/** The completeness view against fake use cases: the missing scores it is given, the pages it asks for. */
@SpringBootTest(properties = {"pingyi.demo-data.enabled=false", "spring.datasource.url=jdbc:h2:mem:completeness-view-fake;DB_CLOSE_DELAY=-1"})
class CompletenessViewFakeTest {

    static final RoundId ROUND = RoundId.newId();
    static final List<MissingScore> MISSING = List.of(
            new MissingScore(Shanghai2019DemoRound.unitId("黄浦"), "黄浦区教育局", IndicatorCode.of("GK05"), MissingScore.Problem.TOO_FEW, 1, 3),
            new MissingScore(Shanghai2019DemoRound.unitId("徐汇"), "徐汇区教育局", IndicatorCode.of("HD02"), MissingScore.Problem.MISSING, 0, 1));

    /** What the fakes answer and what they were asked. */
    static class FakeCompleteness implements ListMissingScoresUseCase, GetRoundUseCase {
        final List<ListMissingScores> asked = new CopyOnWriteArrayList<>();
        volatile List<MissingScore> missing = MISSING;

        @Override
        public RoundState getRound(GetRound query) {
            return new RoundState(ROUND, 2019, "2019年度上海市各区教育局政务公开评议", RoundStatus.OPEN, 4);
        }

        @Override
        public Page<MissingScore> listMissingScores(ListMissingScores query) {
            asked.add(query);
            int from = Math.min(query.page().offset(), missing.size());
            int to = Math.min(from + query.page().limit(), missing.size());
            return new Page<>(missing.subList(from, to), missing.size());
        }
    }

    @TestConfiguration
    static class Fakes {
        static final FakeCompleteness FAKE = new FakeCompleteness();

        @Bean @Primary ListMissingScoresUseCase fakeListMissingScores() {
            return FAKE::listMissingScores;
        }

        @Bean @Primary GetRoundUseCase fakeGetRound() {
            return FAKE::getRound;
        }
    }

    @Autowired
    ApplicationContext context;

    final FakeCompleteness fake = Fakes.FAKE;

    @BeforeEach
    void setUp() {
        fake.asked.clear();
        fake.missing = MISSING;
        KaribuSpringSupport.setUp(context);
    }

    @AfterEach
    void tearDown() {
        KaribuSpringSupport.tearDown();
    }

    @Test
    @SuppressWarnings("unchecked")
    void every_missing_score_is_listed_in_chinese_with_a_link_to_the_units_sheet() {
        KaribuSpringSupport.signIn("auditor", "AUDITOR");
        navigate();

        assertThat(_get(H2.class, spec -> spec.withId("completeness-heading")).getText()).isEqualTo("缺少的评分：2");
        Grid<MissingScore> grid = _get(Grid.class, spec -> spec.withId("missing-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._getFormatted(grid, 0, "indicator")).isEqualTo("GK05");
        assertThat(GridKt._getFormatted(grid, 0, "problem")).isEqualTo("评分数量不足以汇总：1 / 3");
        assertThat(GridKt._getFormatted(grid, 1, "problem")).isEqualTo("尚未录入");
        RouterLink unit = (RouterLink) GridKt._getCellComponent(grid, 1, "unit");
        assertThat(unit.getText()).isEqualTo("徐汇区教育局");
        assertThat(unit.getHref()).isEqualTo("rounds/" + ROUND + "/scoring?unit="
                + java.net.URLEncoder.encode(Shanghai2019DemoRound.unitId("徐汇").toString(), java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_grid_asks_for_pages_of_this_round_never_larger_than_the_use_case_allows() {
        KaribuSpringSupport.signIn("admin", "ADMIN");
        navigate();
        GridKt._size(_get(Grid.class, spec -> spec.withId("missing-grid")));

        assertThat(fake.asked).isNotEmpty().allSatisfy(q -> {
            assertThat(q.round()).isEqualTo(ROUND);
            assertThat(q.page().limit()).isLessThanOrEqualTo(PageRequest.MAX_LIMIT);
        });
        assertThat(fake.asked).first().isEqualTo(new ListMissingScores(ROUND, PageRequest.first(1)));
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_complete_round_says_that_nothing_is_missing() {
        fake.missing = List.of();
        KaribuSpringSupport.signIn("admin", "ADMIN");
        navigate();

        assertThat(_get(H2.class, spec -> spec.withId("completeness-heading")).getText()).isEqualTo("缺少的评分：0");
        Grid<MissingScore> grid = _get(Grid.class, spec -> spec.withId("missing-grid"));
        assertThat(GridKt._size(grid)).isZero();
        assertThat(grid.getEmptyStateText()).isEqualTo("没有缺少的评分。");
    }

    private static void navigate() {
        UI.getCurrent().navigate(CompletenessView.class, new RouteParameters("roundId", ROUND.toString()));
    }
}
