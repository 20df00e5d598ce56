package com.pingyi.evaluation.ui.scoring;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.application.port.in.round.GetUnitSheet;
import com.pingyi.evaluation.application.port.in.round.GetUnitSheetUseCase;
import com.pingyi.evaluation.application.port.in.round.ListRounds;
import com.pingyi.evaluation.application.port.in.round.ListRoundsUseCase;
import com.pingyi.evaluation.application.port.in.round.RemoveScore;
import com.pingyi.evaluation.application.port.in.round.RemoveScoreUseCase;
import com.pingyi.evaluation.application.port.in.round.RoundRef;
import com.pingyi.evaluation.application.port.out.SaveRoundPort;
import com.pingyi.evaluation.application.readmodel.UnitScoreSheet;
import com.pingyi.evaluation.domain.demo.Shanghai2019DemoRound;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.scheme.IndicatorCode;
import com.pingyi.evaluation.domain.score.MissingScore;
import com.pingyi.evaluation.domain.score.ScorerId;
import com.pingyi.evaluation.domain.shared.Points;
import com.pingyi.evaluation.domain.unit.UnitId;
import com.pingyi.evaluation.ui.support.KaribuSpringSupport;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyDownEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The scoring and completeness views over the real use cases: an OPEN copy of the demo round is
 * stored for each test, scored through the view and read back through the query use case.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:scoring-views;DB_CLOSE_DELAY=-1")
class ScoringViewsTest {

    private static final UnitId HUANGPU = Shanghai2019DemoRound.unitId("黄浦");
    private static final IndicatorCode GK05 = IndicatorCode.of("GK05");

    @Autowired
    ApplicationContext context;

    @Autowired
    SaveRoundPort saveRound;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    GetUnitSheetUseCase getUnitSheet;

    @Autowired
    RemoveScoreUseCase removeScore;

    @Autowired
    ListRoundsUseCase listRounds;

    @BeforeEach
    void setUp() {
        KaribuSpringSupport.setUp(context);
        KaribuSpringSupport.signIn("admin", "ADMIN");
    }

    @AfterEach
    void tearDown() {
        KaribuSpringSupport.tearDown();
    }

    private EvaluationRound stored(boolean open) {
        EvaluationRound round = Shanghai2019DemoRound.build();
        if (open) {
            round.reopen("a second look at the scores");
        }
        return transactions.execute(tx -> saveRound.saveRound(round));
    }

    private UnitScoreSheet sheet(RoundId round) {
        return getUnitSheet.getUnitSheet(new GetUnitSheet(round, HUANGPU));
    }

    private void openScoring(RoundId round, UnitId unit) {
        UI.getCurrent().navigate(ScoringView.class, new RouteParameters("roundId", round.toString()),
                QueryParameters.of("unit", unit.toString()));
    }

    @SuppressWarnings("unchecked")
    private void typeScore(IndicatorCode code, String scorer, String points) {
        // Karibu's _setValue reaches for a Vaadin internal that 25 no longer has: set the values directly.
        _get(ComboBox.class, spec -> spec.withId("scorer-" + code.value())).setValue(scorer);
        _get(BigDecimalField.class, spec -> spec.withId("points-" + code.value())).setValue(new BigDecimal(points));
        ButtonKt._click(_get(Button.class, spec -> spec.withId("record-" + code.value())));
    }

    @Test
    void the_sheet_of_the_unit_in_the_link_lists_its_indicators_with_raw_scores_beside_the_score_of_record() {
        EvaluationRound round = stored(true);

        openScoring(round.id(), HUANGPU);

        assertThat(_get(H2.class).getText()).isEqualTo("黄浦区教育局");
        assertThat(_get(IndicatorLine.class, spec -> spec.withId("line-GK04")).line().verified()).hasSize(5);
        _get(Button.class, spec -> spec.withId("remove-GK04-expert-05"));
        String ofRecord = sheet(round.id()).line(IndicatorCode.of("GK04")).orElseThrow().scoreOfRecord().toPlainString();
        assertThat(_get(Span.class, spec -> spec.withId("of-record-GK04")).getText()).contains(ofRecord);
        // Every indicator of the scheme has its line; the measured yes/no and the veto take their own inputs.
        assertThat(context.getBean(GetUnitSheetUseCase.class).getUnitSheet(new GetUnitSheet(round.id(), HUANGPU)).lines())
                .allSatisfy(line -> _get(IndicatorLine.class, spec -> spec.withId("line-" + line.code().value())));
        _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("measured-HD02"));
        _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("veto-FJ01"));
    }

    @Test
    void the_next_button_moves_to_the_next_unit_of_the_round() {
        EvaluationRound round = stored(true);
        openScoring(round.id(), HUANGPU);

        ButtonKt._click(_get(Button.class, spec -> spec.withId("scoring-next")));

        assertThat(_get(H2.class).getText()).isEqualTo(round.activeUnits().get(1).name());
    }

    @Test
    void a_valid_score_is_recorded_in_the_stored_round_and_the_next_command_carries_the_new_version() {
        EvaluationRound round = stored(true);
        long before = sheet(round.id()).version();
        openScoring(round.id(), HUANGPU);

        typeScore(GK05, "expert-01", "12.5");
        typeScore(GK05, "expert-02", "13");

        UnitScoreSheet after = sheet(round.id());
        assertThat(after.version()).isGreaterThan(before);
        assertThat(after.line(GK05).orElseThrow().verified())
                .contains(new UnitScoreSheet.RawScore(ScorerId.of("expert-01"), Points.of("12.5")),
                        new UnitScoreSheet.RawScore(ScorerId.of("expert-02"), Points.of("13")));
        assertThat(_get(IndicatorLine.class, spec -> spec.withId("line-GK05")).line().verified())
                .contains(new UnitScoreSheet.RawScore(ScorerId.of("expert-02"), Points.of("13")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void enter_in_a_points_field_records_the_score() {
        EvaluationRound round = stored(true);
        openScoring(round.id(), HUANGPU);
        _get(ComboBox.class, spec -> spec.withId("scorer-GK05")).setValue("expert-03");
        BigDecimalField points = _get(BigDecimalField.class, spec -> spec.withId("points-GK05"));
        points.setValue(new BigDecimal("7.25"));

        ComponentUtil.fireEvent(points, new KeyDownEvent(points, Key.ENTER.getKeys().getFirst()));

        assertThat(sheet(round.id()).line(GK05).orElseThrow().verified())
                .contains(new UnitScoreSheet.RawScore(ScorerId.of("expert-03"), Points.of("7.25")));
    }

    @Test
    void a_score_above_the_maximum_shows_the_rule_in_the_users_language_and_stores_nothing() {
        EvaluationRound round = stored(true);
        UnitScoreSheet before = sheet(round.id());
        openScoring(round.id(), HUANGPU);

        typeScore(GK05, "expert-01", "45");

        BigDecimalField points = _get(BigDecimalField.class, spec -> spec.withId("points-GK05"));
        assertThat(points.isInvalid()).isTrue();
        assertThat(points.getErrorMessage())
                .isEqualTo(UI.getCurrent().getTranslation("score.out-of-range", "GK05", "45.00", "30.00"))
                .contains("GK05").contains("45.00").doesNotContain("score.out-of-range");
        assertThat(sheet(round.id())).isEqualTo(before);
    }

    @Test
    void a_score_sent_after_someone_else_changed_the_round_is_refused_by_the_domain_next_to_the_field() {
        EvaluationRound round = stored(true);
        openScoring(round.id(), HUANGPU);
        UnitScoreSheet seen = sheet(round.id());
        removeScore.removeScore(new RemoveScore(new RoundRef(round.id(), seen.version()), HUANGPU, IndicatorCode.of("GK04"),
                ScorerId.of("expert-05")));
        UnitScoreSheet changed = sheet(round.id());

        typeScore(GK05, "expert-01", "12");

        BigDecimalField points = _get(BigDecimalField.class, spec -> spec.withId("points-GK05"));
        assertThat(points.isInvalid()).isTrue();
        assertThat(points.getErrorMessage())
                .isEqualTo(UI.getCurrent().getTranslation("conflict.concurrent-change", "EvaluationRound", round.id()))
                .doesNotContain("conflict.concurrent-change");
        assertThat(sheet(round.id())).isEqualTo(changed);
    }

    @Test
    void a_round_that_is_not_open_is_shown_without_inputs() {
        EvaluationRound round = stored(false);

        openScoring(round.id(), HUANGPU);

        assertThat(_get(IndicatorLine.class, spec -> spec.withId("line-GK05")).line().verified()).isNotEmpty();
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(BigDecimalField.class)).isEmpty();
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Button.class, spec -> spec.withId("record-GK05"))).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_completeness_view_lists_a_removed_score_and_links_to_the_units_sheet() {
        EvaluationRound round = stored(true);
        UnitScoreSheet sheet = sheet(round.id());
        removeScore.removeScore(new RemoveScore(new RoundRef(round.id(), sheet.version()), HUANGPU, IndicatorCode.of("BS02"),
                ScorerId.of("reviewer-01")));

        UI.getCurrent().navigate(CompletenessView.class, new RouteParameters("roundId", round.id().toString()));

        Grid<MissingScore> grid = _get(Grid.class, spec -> spec.withId("missing-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).unit()).isEqualTo(HUANGPU);
        assertThat(GridKt._get(grid, 0).indicator()).isEqualTo(IndicatorCode.of("BS02"));
        assertThat(_get(H2.class).getText()).contains("1");
        RouterLink link = (RouterLink) GridKt._getCellComponent(grid, 0, "unit");
        assertThat(link.getHref()).contains("rounds/" + round.id() + "/scoring").contains("unit=" + HUANGPU);
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_completeness_view_of_the_demo_round_lists_nothing() {
        RoundId demo = listRounds.listRounds(new ListRounds(PageRequest.first(50))).items().stream()
                .filter(r -> r.title().equals(Shanghai2019DemoRound.TITLE)).findFirst().orElseThrow().id();

        UI.getCurrent().navigate(CompletenessView.class, new RouteParameters("roundId", demo.toString()));

        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("missing-grid")))).isZero();
        assertThat(_get(H2.class).getText()).contains("0");
    }
}
