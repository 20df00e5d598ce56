package com.pingyi.evaluation.ui.scheme;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.pingyi.evaluation.application.port.in.round.DefineSchemeUseCase;
import com.pingyi.evaluation.application.port.in.round.GetRoundSettings;
import com.pingyi.evaluation.application.port.in.round.GetRoundSettingsUseCase;
import com.pingyi.evaluation.application.port.in.round.ListRoundsUseCase;
import com.pingyi.evaluation.application.port.out.SaveRoundPort;
import com.pingyi.evaluation.domain.demo.Shanghai2019DemoRound;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.scheme.IndicatorCode;
import com.pingyi.evaluation.domain.scheme.IndicatorKind;
import com.pingyi.evaluation.domain.scheme.MeasuredRule;
import com.pingyi.evaluation.domain.scheme.Scheme;
import com.pingyi.evaluation.ui.support.KaribuSpringSupport;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/** The scheme editor over the real use cases: read-only once a round is published, editable and saved whole in draft. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:scheme-views;DB_CLOSE_DELAY=-1")
class SchemeViewTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    SaveRoundPort saveRound;

    @Autowired
    DefineSchemeUseCase defineScheme;

    @Autowired
    GetRoundSettingsUseCase getSettings;

    @Autowired
    TransactionTemplate transactions;

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

    private RoundId draftWithDemoScheme() {
        return rounds().draftWithDemoScheme();
    }

    private StoredRounds rounds() {
        return new StoredRounds(listRounds, saveRound, defineScheme, transactions);
    }

    private void open(RoundId id) {
        UI.getCurrent().navigate(SchemeView.class, new RouteParameters("roundId", id.toString()));
    }

    private static List<SchemeNode> dimensions() {
        SchemeTree tree = _get(SchemeTree.class);
        return ((TreeDataProvider<SchemeNode>) tree.getDataProvider()).getTreeData().getRootItems();
    }

    private static SchemeTree tree() {
        return _get(SchemeTree.class);
    }

    private static Span total() {
        return _get(Span.class, spec -> spec.withId("weight-total"));
    }

    private Scheme stored(RoundId id) {
        return getSettings.getRoundSettings(new GetRoundSettings(id)).scheme().orElseThrow();
    }

    @Test
    void the_published_demo_round_shows_its_scheme_frozen_and_offers_no_edit() {
        open(rounds().demo());

        assertThat(dimensions()).extracting(n -> n.dimension().code).containsExactly("D1", "D2", "D3", "D4");
        var disclosure = ((TreeDataProvider<SchemeNode>) tree().getDataProvider()).getTreeData().getChildren(dimensions().getFirst());
        assertThat(disclosure).hasSize(8);
        assertThat(total().getText()).contains("100");
        assertThat(total().getClassNames()).contains(LumoUtility.TextColor.SUCCESS);
        assertThat(_get(Paragraph.class, spec -> spec.withId("scheme-note")).getText())
                .isEqualTo(UI.getCurrent().getTranslation("scheme.note.frozen", UI.getCurrent().getTranslation("round.status.PUBLISHED")));
        assertThat(_find(Button.class, spec -> spec.withId("scheme-save"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("scheme-add-dimension"))).isEmpty();
    }

    @Test
    void an_auditor_reads_a_draft_scheme_without_edit_controls() {
        RoundId draft = draftWithDemoScheme();
        KaribuSpringSupport.signIn("auditor", "AUDITOR");
        open(draft);

        assertThat(dimensions()).hasSize(4);
        assertThat(_find(Button.class, spec -> spec.withId("scheme-save"))).isEmpty();
    }

    @Test
    void the_weight_total_follows_each_edit_and_a_refused_save_shows_the_rule_and_stores_nothing() {
        RoundId draft = draftWithDemoScheme();
        open(draft);
        assertThat(_find(Button.class, spec -> spec.withId("scheme-save"))).hasSize(1);

        tree().select(dimensions().getFirst());
        _get(Button.class, spec -> spec.withId("scheme-edit")).click();
        DimensionDialog dialog = _get(DimensionDialog.class);
        dialog.weight.setValue(new BigDecimal("39.5"));
        _get(Button.class, spec -> spec.withId("dimension-ok")).click();

        assertThat(total().getText()).contains("99.5");
        assertThat(total().getClassNames()).contains(LumoUtility.TextColor.ERROR);

        _get(Button.class, spec -> spec.withId("scheme-save")).click();
        String message = UI.getCurrent().getTranslation("scheme.weights-must-sum-to-hundred", "99.5");
        assertThat(message).contains("99.5").doesNotContain("scheme.weights");
        NotificationsKt.expectNotifications(message);
        assertThat(stored(draft)).isEqualTo(Shanghai2019DemoRound.scheme());
    }

    @Test
    void a_draft_scheme_is_edited_on_the_working_copy_and_saved_whole() {
        RoundId draft = draftWithDemoScheme();
        open(draft);

        tree().select(dimensions().getFirst());
        _get(Button.class, spec -> spec.withId("scheme-edit")).click();
        DimensionDialog dimension = _get(DimensionDialog.class);
        dimension.name.setValue("政府信息主动公开");
        _get(Button.class, spec -> spec.withId("dimension-ok")).click();

        tree().select(dimensions().getFirst());
        _get(Button.class, spec -> spec.withId("scheme-add-indicator")).click();
        IndicatorDialog indicator = _get(IndicatorDialog.class);
        indicator.code.setValue("GK07");
        indicator.name.setValue("政策解读差错率");
        indicator.max.setValue(new BigDecimal("5"));
        indicator.kind.setValue("MEASURED");
        indicator.rule.setValue("AT_MOST");
        indicator.ruleValue.setValue(BigDecimal.ZERO);
        _get(Button.class, spec -> spec.withId("indicator-ok")).click();

        _get(Button.class, spec -> spec.withId("scheme-save")).click();

        Scheme saved = stored(draft);
        assertThat(saved.dimensions().getFirst().name()).isEqualTo("政府信息主动公开");
        assertThat(saved.indicator(IndicatorCode.of("GK07")).kind())
                .isEqualTo(IndicatorKind.measured(new MeasuredRule.AtMost(BigDecimal.ZERO)));
        assertThat(saved.dimensions().getFirst().indicators()).hasSize(9);
        assertThat(dimensions().getFirst().dimension().name).isEqualTo("政府信息主动公开");
    }

    @Test
    void a_duplicate_code_is_refused_by_the_domain_with_its_message() {
        RoundId draft = draftWithDemoScheme();
        open(draft);

        tree().select(dimensions().get(1));
        _get(Button.class, spec -> spec.withId("scheme-add-indicator")).click();
        IndicatorDialog indicator = _get(IndicatorDialog.class);
        indicator.code.setValue("GK01");
        indicator.name.setValue("重复编码");
        indicator.max.setValue(BigDecimal.TEN);
        _get(Button.class, spec -> spec.withId("indicator-ok")).click();
        _get(Button.class, spec -> spec.withId("scheme-save")).click();

        NotificationsKt.expectNotifications(UI.getCurrent().getTranslation("scheme.indicator-codes-must-be-unique", "GK01"));
        assertThat(stored(draft)).isEqualTo(Shanghai2019DemoRound.scheme());
    }

    @Test
    void the_indicator_form_shows_only_what_its_kind_needs_and_names_a_refused_value_on_its_field() {
        RoundId draft = draftWithDemoScheme();
        open(draft);
        tree().select(dimensions().getFirst());
        _get(Button.class, spec -> spec.withId("scheme-add-indicator")).click();
        IndicatorDialog indicator = _get(IndicatorDialog.class);

        indicator.kind.setValue("BONUS");
        assertThat(indicator.bonusThreshold.isVisible()).isTrue();
        assertThat(indicator.rule.isVisible()).isFalse();
        indicator.kind.setValue("MEASURED");
        indicator.rule.setValue("YES_NO");
        assertThat(indicator.ruleValue.isVisible()).isFalse();
        assertThat(indicator.aggregation.isVisible()).isFalse();

        indicator.code.setValue("GK09");
        indicator.name.setValue("测量指标");
        indicator.max.setValue(BigDecimal.TEN);
        indicator.rule.setValue("LINEAR");
        indicator.ruleValue.setValue(BigDecimal.ZERO);
        _get(Button.class, spec -> spec.withId("indicator-ok")).click();

        assertThat(indicator.ruleValue.isInvalid()).isTrue();
        assertThat(indicator.ruleValue.getErrorMessage())
                .isEqualTo(UI.getCurrent().getTranslation("measured.rule.target-not-positive", "0"));
        assertThat(indicator.isOpened()).isTrue();
    }

    @Test
    void an_open_round_is_amended_only_with_a_reason() {
        EvaluationRound reopened = Shanghai2019DemoRound.build();
        reopened.reopen("补录分数");
        RoundId open = transactions.execute(tx -> saveRound.saveRound(reopened)).id();
        open(open);
        assertThat(_find(Button.class, spec -> spec.withId("scheme-save"))).isEmpty();

        tree().select(dimensions().get(1));
        _get(Button.class, spec -> spec.withId("scheme-edit")).click();
        _get(DimensionDialog.class).name.setValue("网上办事服务");
        _get(Button.class, spec -> spec.withId("dimension-ok")).click();
        _get(Button.class, spec -> spec.withId("scheme-amend")).click();
        AmendDialog amend = _get(AmendDialog.class);
        _get(Button.class, spec -> spec.withId("amend-confirm")).click();

        assertThat(amend.reason.isInvalid()).isTrue();
        assertThat(amend.reason.getErrorMessage()).isEqualTo(UI.getCurrent().getTranslation("round.reason-required"));
        assertThat(stored(open).dimensions().get(1).name()).isEqualTo("网上办事与服务");

        amend.reason.setValue("名称按评议文件更正");
        _get(Button.class, spec -> spec.withId("amend-confirm")).click();

        assertThat(stored(open).dimensions().get(1).name()).isEqualTo("网上办事服务");
        assertThat(amend.isOpened()).isFalse();
    }
}
