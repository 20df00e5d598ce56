package com.pingyi.evaluation.ui.scoring;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.pingyi.evaluation.application.port.in.round.GetRound;
import com.pingyi.evaluation.application.port.in.round.GetRoundUseCase;
import com.pingyi.evaluation.application.port.in.round.GetUnitSheet;
import com.pingyi.evaluation.application.port.in.round.GetUnitSheetUseCase;
import com.pingyi.evaluation.application.port.in.round.MarkApplicable;
import com.pingyi.evaluation.application.port.in.round.MarkApplicableUseCase;
import com.pingyi.evaluation.application.port.in.round.RecordScore;
import com.pingyi.evaluation.application.port.in.round.RecordScoreUseCase;
import com.pingyi.evaluation.application.port.in.round.RemoveScore;
import com.pingyi.evaluation.application.port.in.round.RemoveScoreUseCase;
import com.pingyi.evaluation.application.readmodel.RoundState;
import com.pingyi.evaluation.application.readmodel.UnitScoreSheet;
import com.pingyi.evaluation.domain.demo.Shanghai2019DemoRound;
import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.round.RoundStatus;
import com.pingyi.evaluation.domain.scheme.Indicator;
import com.pingyi.evaluation.domain.scheme.IndicatorCode;
import com.pingyi.evaluation.domain.scheme.Scheme;
import com.pingyi.evaluation.domain.score.ScoreEntry;
import com.pingyi.evaluation.domain.score.ScorerId;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.shared.Points;
import com.pingyi.evaluation.domain.unit.UnitId;
import com.pingyi.evaluation.ui.i18n.TranslationProvider;
import com.pingyi.evaluation.ui.support.KaribuSpringSupport;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.QueryParameters;
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

/** The scoring view against fake use cases: the sheet it is given, the commands it sends, a refusal next to the field. */
@SpringBootTest(properties = {"pingyi.demo-data.enabled=false", "spring.datasource.url=jdbc:h2:mem:scoring-view-fake;DB_CLOSE_DELAY=-1"})
class ScoringViewFakeTest {

    static final RoundId ROUND = RoundId.newId();
    static final UnitId HUANGPU = Shanghai2019DemoRound.unitId("黄浦");
    static final UnitId XUHUI = Shanghai2019DemoRound.unitId("徐汇");
    static final IndicatorCode GK04 = IndicatorCode.of("GK04");
    static final IndicatorCode GK05 = IndicatorCode.of("GK05");
    static final String TITLE = "2019年度上海市各区教育局政务公开评议";

    /** What the fakes answer and what they were asked; one instance serves every use case of the view. */
    static class FakeScoring implements GetUnitSheetUseCase, RecordScoreUseCase, RemoveScoreUseCase, MarkApplicableUseCase,
            GetRoundUseCase {
        final List<Object> asked = new CopyOnWriteArrayList<>();
        volatile long version = 11;
        volatile DomainException refusal;
        volatile String gk05NotApplicable;

        @Override
        public RoundState getRound(GetRound query) {
            return new RoundState(ROUND, 2019, TITLE, RoundStatus.OPEN, version);
        }

        @Override
        public UnitScoreSheet getUnitSheet(GetUnitSheet query) {
            asked.add(query);
            UnitId unit = query.unit() == null ? HUANGPU : query.unit();
            String district = unit.equals(XUHUI) ? "徐汇" : "黄浦";
            return new UnitScoreSheet(ROUND, RoundStatus.OPEN, 11, unit, Shanghai2019DemoRound.unitName(district),
                    List.of(line(GK04, List.of(new UnitScoreSheet.RawScore(ScorerId.of("expert-01"), Points.of("15"))), new BigDecimal("15.00"))
                                    .withNotApplicable(null),
                            line(GK05, List.of(), null).withNotApplicable(gk05NotApplicable)),
                    List.of(new UnitScoreSheet.RoundUnit(HUANGPU, Shanghai2019DemoRound.unitName("黄浦")),
                            new UnitScoreSheet.RoundUnit(XUHUI, Shanghai2019DemoRound.unitName("徐汇"))),
                    List.of(ScorerId.of("expert-01"), ScorerId.of("expert-02")));
        }

        private static LineDraft line(IndicatorCode code, List<UnitScoreSheet.RawScore> verified, BigDecimal ofRecord) {
            Scheme scheme = Shanghai2019DemoRound.scheme();
            Indicator indicator = scheme.indicator(code);
            return new LineDraft(code, indicator.name(), scheme.dimensionOf(code).name(), indicator, verified, ofRecord);
        }

        /** A line of the sheet before its N/A reason is known. */
        record LineDraft(IndicatorCode code, String name, String dimension, Indicator indicator, List<UnitScoreSheet.RawScore> verified,
                BigDecimal ofRecord) {
            UnitScoreSheet.Line withNotApplicable(String reason) {
                return new UnitScoreSheet.Line(code, name, dimension, indicator.max(), indicator.method(),
                        "POINTS", false, verified, ofRecord, null, null, null, null, List.of(), reason, false);
            }
        }

        @Override
        public RoundState recordScore(RecordScore command) {
            return answer(command);
        }

        @Override
        public RoundState removeScore(RemoveScore command) {
            return answer(command);
        }

        @Override
        public RoundState markApplicable(MarkApplicable command) {
            return answer(command);
        }

        private RoundState answer(Object command) {
            asked.add(command);
            if (refusal != null) {
                throw refusal;
            }
            version++;
            return new RoundState(ROUND, 2019, TITLE, RoundStatus.OPEN, version);
        }

        List<Object> sent() {
            return asked.stream().filter(c -> !(c instanceof GetUnitSheet)).toList();
        }
    }

    @TestConfiguration
    static class Fakes {
        static final FakeScoring FAKE = new FakeScoring();

        @Bean @Primary GetUnitSheetUseCase fakeGetUnitSheet() {
            return FAKE::getUnitSheet;
        }

        @Bean @Primary RecordScoreUseCase fakeRecordScore() {
            return FAKE::recordScore;
        }

        @Bean @Primary RemoveScoreUseCase fakeRemoveScore() {
            return FAKE::removeScore;
        }

        @Bean @Primary MarkApplicableUseCase fakeMarkApplicable() {
            return FAKE::markApplicable;
        }

        @Bean @Primary GetRoundUseCase fakeGetRound() {
            return FAKE::getRound;
        }
    }

    @Autowired
    ApplicationContext context;

    final FakeScoring fake = Fakes.FAKE;

    @BeforeEach
    void setUp() {
        fake.asked.clear();
        fake.version = 11;
        fake.refusal = null;
        fake.gk05NotApplicable = null;
        KaribuSpringSupport.setUp(context);
        KaribuSpringSupport.signIn("admin", "ADMIN");
    }

    @AfterEach
    void tearDown() {
        KaribuSpringSupport.tearDown();
    }

    @Test
    void the_sheet_of_the_unit_in_the_link_is_asked_for_and_shown_with_its_raw_scores_and_score_of_record() {
        openScoring(HUANGPU);

        assertThat(fake.asked).first().isEqualTo(new GetUnitSheet(ROUND, HUANGPU));
        assertThat(_get(H2.class).getText()).isEqualTo("黄浦区教育局");
        assertThat(_get(Span.class, spec -> spec.withId("of-record-GK04")).getText()).contains("15.00");
        _get(Button.class, spec -> spec.withId("remove-GK04-expert-01"));
        assertThat(_get(IndicatorLine.class, spec -> spec.withId("line-GK05")).getElement().getTextRecursively())
                .contains("GK05 重点领域信息公开");

        ButtonKt._click(_get(Button.class, spec -> spec.withId("scoring-next")));

        assertThat(fake.asked).last().isEqualTo(new GetUnitSheet(ROUND, XUHUI));
        assertThat(_get(H2.class).getText()).isEqualTo("徐汇区教育局");
    }

    @Test
    void a_typed_score_is_sent_with_the_version_seen_and_the_next_command_with_the_version_returned() {
        openScoring(HUANGPU);

        typeScore(GK05, "expert-02", "12.5");
        typeScore(GK05, "expert-01", "13");

        assertThat(fake.sent()).containsExactly(
                new RecordScore(new com.pingyi.evaluation.application.port.in.round.RoundRef(ROUND, 11),
                        new ScoreEntry.Verified(HUANGPU, GK05, ScorerId.of("expert-02"), Points.of("12.5"))),
                new RecordScore(new com.pingyi.evaluation.application.port.in.round.RoundRef(ROUND, 12),
                        new ScoreEntry.Verified(HUANGPU, GK05, ScorerId.of("expert-01"), Points.of("13"))));
    }

    @Test
    void the_remove_button_of_a_raw_score_sends_the_removal_of_that_scorers_score() {
        openScoring(HUANGPU);

        ButtonKt._click(_get(Button.class, spec -> spec.withId("remove-GK04-expert-01")));

        assertThat(fake.sent()).containsExactly(new RemoveScore(new com.pingyi.evaluation.application.port.in.round.RoundRef(ROUND, 11),
                HUANGPU, GK04, ScorerId.of("expert-01")));
    }

    @Test
    void marking_an_indicator_not_applicable_sends_the_reason_typed_and_withdrawing_it_sends_mark_applicable() {
        openScoring(HUANGPU);

        _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("na-reason-GK05")).setValue("本区无重点领域事项");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("na-GK05")));

        assertThat(fake.sent()).containsExactly(new RecordScore(new com.pingyi.evaluation.application.port.in.round.RoundRef(ROUND, 11),
                new ScoreEntry.NotApplicable(HUANGPU, GK05, "本区无重点领域事项")));

        fake.gk05NotApplicable = "本区无重点领域事项";
        openScoring(HUANGPU);
        assertThat(_get(IndicatorLine.class, spec -> spec.withId("line-GK05")).getElement().getTextRecursively()).contains("本区无重点领域事项");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("applicable-GK05")));

        assertThat(fake.sent()).last().isEqualTo(new MarkApplicable(new com.pingyi.evaluation.application.port.in.round.RoundRef(ROUND, 11),
                HUANGPU, GK05));
    }

    @Test
    void a_score_refused_by_the_round_shows_the_rule_in_chinese_next_to_the_field_and_in_a_notification() {
        fake.refusal = new DomainException("round.wrong-status", "recordScore", "CLOSED", "OPEN");
        openScoring(HUANGPU);
        NotificationsKt.clearNotifications();

        typeScore(GK05, "expert-02", "12.5");

        String expected = context.getBean(I18NProvider.class)
                .getTranslation("round.wrong-status", TranslationProvider.CHINESE, "recordScore", "CLOSED", "OPEN");
        assertThat(expected).startsWith("评议处于CLOSED状态");
        BigDecimalField points = _get(BigDecimalField.class, spec -> spec.withId("points-GK05"));
        assertThat(points.isInvalid()).isTrue();
        assertThat(points.getErrorMessage()).isEqualTo(expected);
        NotificationsKt.expectNotifications(expected);
        assertThat(fake.sent()).hasSize(1);
    }

    @Test
    void a_score_above_the_maximum_is_refused_in_chinese_before_anything_is_sent() {
        openScoring(HUANGPU);

        typeScore(GK05, "expert-02", "45");

        BigDecimalField points = _get(BigDecimalField.class, spec -> spec.withId("points-GK05"));
        assertThat(points.isInvalid()).isTrue();
        assertThat(points.getErrorMessage()).isEqualTo(context.getBean(I18NProvider.class)
                .getTranslation("score.out-of-range", TranslationProvider.CHINESE, "GK05", "45.00", "30.00"));
        assertThat(fake.sent()).isEmpty();
    }

    private static void openScoring(UnitId unit) {
        UI.getCurrent().navigate(ScoringView.class, new RouteParameters("roundId", ROUND.toString()),
                QueryParameters.of("unit", unit.toString()));
    }

    @SuppressWarnings("unchecked")
    private static void typeScore(IndicatorCode code, String scorer, String points) {
        _get(ComboBox.class, spec -> spec.withId("scorer-" + code.value())).setValue(scorer);
        _get(BigDecimalField.class, spec -> spec.withId("points-" + code.value())).setValue(new BigDecimal(points));
        ButtonKt._click(_get(Button.class, spec -> spec.withId("record-" + code.value())));
    }
}
