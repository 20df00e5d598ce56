package com.pingyi.evaluation.ui.finding;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.pingyi.evaluation.application.port.in.finding.ListFindings;
import com.pingyi.evaluation.application.port.in.finding.ListFindingsUseCase;
import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.application.port.in.round.ListRounds;
import com.pingyi.evaluation.application.port.in.round.ListRoundsUseCase;
import com.pingyi.evaluation.application.port.out.SaveRoundPort;
import com.pingyi.evaluation.application.readmodel.FindingView;
import com.pingyi.evaluation.application.readmodel.StatisticFigure;
import com.pingyi.evaluation.domain.demo.Shanghai2019DemoRound;
import com.pingyi.evaluation.domain.finding.FindingKind;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.scheme.MeasuredValue;
import com.pingyi.evaluation.ui.notice.NoticeView;
import com.pingyi.evaluation.ui.result.ResultsView;
import com.pingyi.evaluation.ui.support.KaribuSpringSupport;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The findings page over the real use cases and the demo round stored at start: the seed notice's
 * figures computed from the measured values, the links to the page, and a finding written with the
 * picker and a rectification item raised, both stored and shown back.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:findings-demo;DB_CLOSE_DELAY=-1")
class FindingsOnTheDemoRoundTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    ListRoundsUseCase listRounds;

    @Autowired
    ListFindingsUseCase listFindings;

    @Autowired
    SaveRoundPort saveRound;

    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void setUp() {
        KaribuSpringSupport.setUp(context);
        KaribuSpringSupport.signIn("admin", "ADMIN");
    }

    @AfterEach
    void tearDown() {
        KaribuSpringSupport.tearDown();
    }

    private RoundId demo() {
        return listRounds.listRounds(new ListRounds(PageRequest.first(50))).items().stream()
                .filter(r -> r.title().equals(Shanghai2019DemoRound.TITLE)).findFirst().orElseThrow().id();
    }

    /** A CLOSED copy of the demo round of its own, so that what a test writes stays in it. */
    private RoundId closedCopy() {
        EvaluationRound round = Shanghai2019DemoRound.build();
        return transactions.execute(tx -> saveRound.saveRound(round)).id();
    }

    private static void open(RoundId round) {
        UI.getCurrent().navigate(FindingsView.class, new RouteParameters("roundId", round.toString()));
    }

    private static List<String> renderedTexts() {
        return _find(Paragraph.class, spec -> spec.withClasses("finding-text")).stream().map(Paragraph::getText).toList();
    }

    @Test
    void the_demo_rounds_achievements_quote_the_seed_notices_figures_computed_from_the_data() {
        open(demo());

        assertThat(renderedTexts()).anySatisfy(t -> assertThat(t)
                        .contains("主动公开率为100%的区教育局有15家", "有11家区教育局公文信息公开属性认定做到了零误差"))
                .anySatisfy(t -> assertThat(t).contains("有15家区教育局开设了政务微博，16家区教育局开通了政务微信"))
                .hasSize(8);
    }

    @Test
    void every_page_of_the_round_and_the_notice_link_to_the_findings_page() {
        RoundId demo = demo();
        UI.getCurrent().navigate(ResultsView.class, new RouteParameters("roundId", demo.toString()));
        assertThat(_get(RouterLink.class, spec -> spec.withId("round-page-findings")).getHref())
                .isEqualTo("rounds/" + demo + "/findings");

        UI.getCurrent().navigate(NoticeView.class, new RouteParameters("roundId", demo.toString()));
        RouterLink fromNotice = _get(RouterLink.class, spec -> spec.withId("edit-findings"));
        assertThat(fromNotice.getHref()).isEqualTo("rounds/" + demo + "/findings");
        // The demo round is published: its findings are read there, no longer edited.
        assertThat(fromNotice.getText()).isEqualTo("查看评议意见与整改事项");
    }

    @Test
    void a_finding_written_with_the_picker_is_stored_and_shown_with_its_figure_computed() {
        RoundId round = closedCopy();
        open(round);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("add-PROBLEM")));
        FindingEditor editor = _get(FindingEditor.class);
        editor.text.setValue("仍有家区教育局未开设政务微博。");
        editor.caretAt("仍有".length());
        StatisticFigure noWeibo = editor.picker.options.getListDataView().getItems()
                .filter(s -> s.statistic().indicator().value().equals("HD02") && s.statistic().reference().equals(MeasuredValue.no()))
                .findFirst().orElseThrow();
        editor.picker.options.setValue(noWeibo);
        ButtonKt._click(editor.picker.insert);
        assertThat(editor.preview.getText()).isEqualTo("仍有1家区教育局未开设政务微博。");

        ButtonKt._click(_get(Button.class, spec -> spec.withId("finding-save")));

        FindingView stored = listFindings.listFindings(new ListFindings(round, FindingKind.PROBLEM, PageRequest.first(10)))
                .items().getLast();
        assertThat(stored.text()).isEqualTo("仍有{0}家区教育局未开设政务微博。");
        assertThat(stored.rendered()).isEqualTo("仍有1家区教育局未开设政务微博。");
        assertThat(renderedTexts()).contains("仍有1家区教育局未开设政务微博。");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_rectification_item_raised_from_the_problem_about_baoshan_is_stored_and_listed() {
        RoundId round = closedCopy();
        open(round);
        FindingView baoshan = listFindings.listFindings(new ListFindings(round, FindingKind.PROBLEM, PageRequest.first(10)))
                .items().getLast();
        ButtonKt._click(_get(Button.class, spec -> spec.withId("finding-raise-" + baoshan.id())));
        RaiseDialog dialog = _get(RaiseDialog.class);
        dialog.description.setValue("建立公开属性认定复核台账");
        dialog.due.setValue(LocalDate.of(2030, 7, 1));

        ButtonKt._click(_get(Button.class, spec -> spec.withId("raise-save")));

        Grid<Object> raised = _get(Grid.class, spec -> spec.withId("raised-grid"));
        assertThat(GridKt._size(raised)).isEqualTo(1);
        assertThat(GridKt._getFormatted(raised, 0, "unit")).isEqualTo("宝山区教育局");
        assertThat(GridKt._getFormatted(raised, 0, "due")).isEqualTo("2030年7月1日");
        assertThat(GridKt._getFormatted(raised, 0, "description")).isEqualTo("建立公开属性认定复核台账");
    }
}
