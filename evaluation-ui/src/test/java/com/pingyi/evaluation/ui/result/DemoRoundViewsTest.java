package com.pingyi.evaluation.ui.result;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.pingyi.evaluation.application.port.in.round.GetRound;
import com.pingyi.evaluation.application.port.in.round.GetRoundUseCase;
import com.pingyi.evaluation.application.port.in.round.ListRounds;
import com.pingyi.evaluation.application.port.in.round.ListRoundsUseCase;
import com.pingyi.evaluation.application.port.out.SaveRoundPort;
import com.pingyi.evaluation.application.readmodel.RankedUnitView;
import com.pingyi.evaluation.domain.demo.Shanghai2019DemoRound;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.round.RoundStatus;
import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.ui.audit.AuditTrailView;
import com.pingyi.evaluation.ui.notice.NoticeView;
import com.pingyi.evaluation.ui.i18n.TranslationProvider;
import com.pingyi.evaluation.ui.round.RoundsView;
import com.pingyi.evaluation.ui.support.KaribuSpringSupport;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParam;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The result views over the real use cases and the demo round stored at start: what a commission
 * reads, browserless. The 2019 seed facts are computed, stored and shown, not typed into a view.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:demo-views;DB_CLOSE_DELAY=-1")
class DemoRoundViewsTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    ListRoundsUseCase listRounds;

    @Autowired
    SaveRoundPort saveRound;

    @Autowired
    GetRoundUseCase getRound;

    @Autowired
    TransactionTemplate transactions;

    RoundId demo;

    @BeforeEach
    void setUp() {
        KaribuSpringSupport.setUp(context);
        KaribuSpringSupport.signIn("admin", "ADMIN");
        demo = listRounds.listRounds(new ListRounds(PageRequest.first(10))).items().stream()
                .filter(r -> r.title().equals(Shanghai2019DemoRound.TITLE)).findFirst().orElseThrow().id();
    }

    @AfterEach
    void tearDown() {
        KaribuSpringSupport.tearDown();
    }

    @Test
    void the_results_are_ranked_with_the_seed_bands_and_offer_publication_only_when_closed() {
        UI.getCurrent().navigate(ResultsView.class, new RouteParameters("roundId", demo.toString()));

        @SuppressWarnings("unchecked")
        Grid<RankedUnitView> grid = _get(Grid.class, spec -> spec.withId("results-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(16);
        assertThat(GridKt._get(grid, 0).unitName()).isEqualTo("黄浦区教育局");
        assertThat(GridKt._get(grid, 0).band()).isEqualTo("优秀");
        assertThat(GridKt._get(grid, 15).unitName()).isEqualTo("宝山区教育局");
        assertThat(GridKt._get(grid, 15).named()).isFalse();
        assertThat(GridKt._getFormatted(grid, 0, "rate")).endsWith("%");
        // The demo round is published: no lifecycle action is left.
        assertThat(_find(Button.class, spec -> spec.withId("round-action-publish"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("round-action-reopen"))).isEmpty();
    }

    @Test
    void publishing_a_closed_round_asks_first_then_freezes_it() {
        EvaluationRound closed = transactions.execute(tx -> saveRound.saveRound(Shanghai2019DemoRound.build()));
        UI.getCurrent().navigate(ResultsView.class, new RouteParameters("roundId", closed.id().toString()));

        _get(Button.class, spec -> spec.withId("round-action-publish")).click();
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("message")).contains("永久冻结");
        ConfirmDialogKt._fireConfirm(confirm);
        // Publishing runs in the background with a progress bar; the page keeps answering meanwhile.
        KaribuSpringSupport.awaitUi(() -> _find(Button.class, spec -> spec.withId("round-action-publish")).isEmpty());

        assertThat(getRound.getRound(new GetRound(closed.id())).status()).isEqualTo(RoundStatus.PUBLISHED);
        assertThat(_find(ProgressBar.class, spec -> spec.withId("round-action-progress"))).as("progress bar hidden again").isEmpty();
    }

    @Test
    void cloning_the_demo_round_makes_next_years_draft_and_a_blank_title_is_refused_by_name() {
        UI.getCurrent().navigate(RoundsView.class);
        @SuppressWarnings("unchecked")
        Grid<com.pingyi.evaluation.application.readmodel.RoundSummary> rounds = _get(Grid.class, spec -> spec.withId("rounds-grid"));
        // Components in a grid column are rendered per row: take the 2019 row's button from the cell.
        ((Button) GridKt._getCellComponent(rounds, 0, "actions")).click();
        assertThat(_get(IntegerField.class, spec -> spec.withId("new-round-year")).getValue()).isEqualTo(2020);
        _get(Button.class, spec -> spec.withId("create-round")).click();

        var stored = listRounds.listRounds(new ListRounds(PageRequest.first(10))).items();
        assertThat(stored).extracting(r -> r.year()).contains(2020, 2019);
        assertThat(stored).filteredOn(r -> r.year() == 2020).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(RoundStatus.DRAFT));

        NotificationsKt.clearNotifications();
        _get(Button.class, spec -> spec.withId("new-round")).click();
        _get(TextField.class, spec -> spec.withId("new-round-title")).setValue(" ");
        _get(Button.class, spec -> spec.withId("create-round")).click();
        NotificationsKt.expectNotifications(context.getBean(com.vaadin.flow.i18n.I18NProvider.class)
                .getTranslation("round.title.required", TranslationProvider.CHINESE));
    }

    @Test
    void a_round_without_its_scores_says_why_it_has_no_results_instead_of_failing() {
        UI.getCurrent().navigate(RoundsView.class);
        @SuppressWarnings("unchecked")
        Grid<com.pingyi.evaluation.application.readmodel.RoundSummary> rounds = _get(Grid.class, spec -> spec.withId("rounds-grid"));
        ((Button) GridKt._getCellComponent(rounds, 0, "actions")).click();
        _get(Button.class, spec -> spec.withId("create-round")).click();
        RoundId draft = listRounds.listRounds(new ListRounds(PageRequest.first(10))).items().stream()
                .filter(r -> r.status() == RoundStatus.DRAFT).findFirst().orElseThrow().id();

        UI.getCurrent().navigate(ResultsView.class, new RouteParameters("roundId", draft.toString()));

        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("results-unavailable")).getText())
                .startsWith("结果尚不可用");
    }

    @Test
    void the_explanation_answers_why_baoshan_is_not_named() {
        UI.getCurrent().navigate(UnitExplanationView.class, new RouteParameters(new RouteParam("roundId", demo.toString()),
                new RouteParam("unitId", Shanghai2019DemoRound.unitId("宝山").toString())));

        assertThat(_get(H2.class).getText()).isEqualTo("宝山区教育局");
        assertThat(_get(Span.class, spec -> spec.withId("explained-band")).getText()).isEqualTo("不合格");
        assertThat(_get(ExplanationPanel.class).getChildren().count()).isEqualTo(8);
    }

    @Test
    void the_notice_carries_the_seed_sentences_and_accounts_for_every_unit() {
        UI.getCurrent().navigate(NoticeView.class, new RouteParameters("roundId", demo.toString()));

        String notice = _get(Div.class, spec -> spec.withId("notice")).getElement().getTextRecursively();
        assertThat(notice).contains("确定黄浦区教育局等3家单位为2019年度区教育局政务公开评议工作“优秀单位”",
                "确定金山区教育局等2家单位为2019年度区教育局政务公开评议工作“良好单位”",
                "确定松江区教育局等10家单位为2019年度区教育局政务公开评议工作“合格单位”",
                "2019年区教育局政务公开优秀、良好、合格单位名单", "上海市教育委员会", "2020年4月16日", "沪教委办〔2019〕38号");
        assertThat(notice).doesNotContain("宝山区教育局");
        String crossCheck = _get(Div.class, spec -> spec.withId("cross-check")).getElement().getTextRecursively();
        assertThat(crossCheck).contains("宝山区教育局", "所在等次不在通知中公布");
    }

    @Test
    void the_audit_trail_shows_the_start_up_changes_by_name() {
        UI.getCurrent().navigate(AuditTrailView.class);

        @SuppressWarnings("unchecked")
        Grid<com.pingyi.evaluation.application.readmodel.AuditEntryView> grid = _get(Grid.class, spec -> spec.withId("audit-grid"));
        assertThat(GridKt._size(grid)).isGreaterThanOrEqualTo(2);
        List<String> operations = java.util.stream.IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> GridKt._getFormatted(grid, i, "useCase")).toList();
        assertThat(operations).contains("安装演示评议轮次", "创建管理员账号");
    }
}
