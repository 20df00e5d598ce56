package com.pingyi.evaluation.ui.finding;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.pingyi.evaluation.ui.finding.FakeFindingUseCases.BAOSHAN_PROBLEM;
import static com.pingyi.evaluation.ui.finding.FakeFindingUseCases.DISCLOSURE;
import static com.pingyi.evaluation.ui.finding.FakeFindingUseCases.NO_ERRORS;
import static com.pingyi.evaluation.ui.finding.FakeFindingUseCases.PROACTIVE;
import static com.pingyi.evaluation.ui.finding.FakeFindingUseCases.ROUND;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.pingyi.evaluation.application.port.in.finding.AddFinding;
import com.pingyi.evaluation.application.port.in.finding.RemoveFinding;
import com.pingyi.evaluation.application.port.in.round.RoundRef;
import com.pingyi.evaluation.domain.finding.FindingKind;
import com.pingyi.evaluation.domain.finding.Finding;
import com.pingyi.evaluation.domain.round.RoundStatus;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.ui.support.KaribuSpringSupport;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The findings page against fake use cases: what it shows, the AddFinding it sends with the statistic
 * picked in the picker, and how a broken rule is shown. The rectification panel has its own test.
 */
@SpringBootTest(properties = {"pingyi.demo-data.enabled=false", "spring.datasource.url=jdbc:h2:mem:findings-view;DB_CLOSE_DELAY=-1"})
@Import(FakeFindingUseCases.Configuration.class)
class FindingsViewTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    FakeFindingUseCases fake;

    @BeforeEach
    void setUp() {
        fake.reset(RoundStatus.CLOSED);
        KaribuSpringSupport.setUp(context);
        KaribuSpringSupport.signIn("admin", "ADMIN");
    }

    @AfterEach
    void tearDown() {
        KaribuSpringSupport.tearDown();
    }

    static void open() {
        UI.getCurrent().navigate(FindingsView.class, new RouteParameters("roundId", ROUND.toString()));
    }

    static FindingEditor openEditor(FindingKind kind) {
        open();
        ButtonKt._click(_get(Button.class, spec -> spec.withId("add-" + kind.name())));
        return _get(FindingEditor.class);
    }

    @Test
    void shows_the_three_parts_of_the_notice_with_each_finding_rendered_and_what_it_quotes() {
        open();

        assertThat(_get(H2.class).getText()).isEqualTo("评议意见与整改");
        assertThat(_get(Span.class, spec -> spec.withId("section-count-ACHIEVEMENT")).getText()).isEqualTo("2");
        assertThat(_get(Span.class, spec -> spec.withId("section-count-PROBLEM")).getText()).isEqualTo("2");
        assertThat(_get(Span.class, spec -> spec.withId("section-count-REQUIREMENT")).getText()).isEqualTo("1");
        assertThat(_get(Paragraph.class, spec -> spec.withId("finding-rendered-" + DISCLOSURE.id())).getText())
                .isEqualTo("主动公开率为100%的区教育局有15家。");
        assertThat(_get(Span.class, spec -> spec.withId("finding-statistic-" + DISCLOSURE.id() + "-0")).getText())
                .isEqualTo("{0} 主动公开率（GK01）等于 100 → 15 家");
        assertThat(_find(Paragraph.class, spec -> spec.withText("原文：主动公开率为100%的区教育局有{0}家。"))).hasSize(1);
        // Only a problem about one unit can be raised as a rectification item.
        assertThat(_find(Button.class, spec -> spec.withId("finding-raise-" + BAOSHAN_PROBLEM.id()))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withId("finding-raise-" + DISCLOSURE.id()))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("findings-allowed")).getText()).contains("评分已结束");
    }

    @Test
    void the_picker_puts_the_statistic_where_the_cursor_was_and_add_finding_carries_it() {
        FindingEditor editor = openEditor(FindingKind.ACHIEVEMENT);
        String typed = "主动公开率为100%的区教育局有家。";
        editor.text.setValue(typed);
        // The browser reports the cursor when the text loses focus, as the user moves to the picker.
        ElementUtilsKt._fireDomEvent(editor.text.getElement(), new DomEvent(editor.text.getElement(), "blur",
                JsonNodeFactory.instance.objectNode().put(FindingEditor.CARET, typed.indexOf("家"))));

        editor.picker.options.setValue(PROACTIVE);
        ButtonKt._click(editor.picker.insert);

        assertThat(editor.text.getValue()).isEqualTo("主动公开率为100%的区教育局有{0}家。");
        assertThat(editor.preview.getText()).isEqualTo("主动公开率为100%的区教育局有15家。");
        assertThat(editor.picker.options.getValue()).isNull();
        ButtonKt._click(_get(Button.class, spec -> spec.withId("finding-save")));

        assertThat(fake.commands()).singleElement().isInstanceOfSatisfying(AddFinding.class, add -> {
            assertThat(add.round()).isEqualTo(new RoundRef(ROUND, 7));
            Finding finding = add.finding();
            assertThat(finding.kind()).isEqualTo(FindingKind.ACHIEVEMENT);
            assertThat(finding.text()).isEqualTo("主动公开率为100%的区教育局有{0}家。");
            assertThat(finding.statistics()).containsExactly(PROACTIVE.statistic());
            assertThat(finding.unit()).isNull();
        });
        assertThat(_find(FindingEditor.class)).isEmpty();
    }

    @Test
    void without_a_cursor_statistics_go_at_the_end_and_dropping_one_renumbers_the_rest() {
        FindingEditor editor = openEditor(FindingKind.PROBLEM);
        editor.text.setValue("主动公开率为100%的有家，零误差的有家。");
        editor.unit.setValue(editor.unit.getListDataView().getItem(0));
        editor.picker.options.setValue(PROACTIVE);
        ButtonKt._click(editor.picker.insert);
        editor.picker.options.setValue(NO_ERRORS);
        ButtonKt._click(editor.picker.insert);
        assertThat(editor.text.getValue()).isEqualTo("主动公开率为100%的有家，零误差的有家。{0}{1}");
        assertThat(editor.preview.getText()).isEqualTo("主动公开率为100%的有家，零误差的有家。1511");

        ButtonKt._click(_get(Button.class, spec -> spec.withId("statistic-drop-0")));

        assertThat(editor.text.getValue()).isEqualTo("主动公开率为100%的有家，零误差的有家。{0}");
        assertThat(editor.quoted()).containsExactly(NO_ERRORS.statistic());
        assertThat(editor.preview.getText()).endsWith("。11");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("finding-save")));
        assertThat(fake.commands()).singleElement().isInstanceOfSatisfying(AddFinding.class, add -> {
            assertThat(add.finding().kind()).isEqualTo(FindingKind.PROBLEM);
            assertThat(add.finding().unit()).isEqualTo(FakeFindingUseCases.BAOSHAN);
            assertThat(add.finding().statistics()).containsExactly(NO_ERRORS.statistic());
        });
    }

    @Test
    void an_empty_a_too_long_or_an_unquoted_text_is_refused_on_its_field_and_nothing_is_sent() {
        FindingEditor editor = openEditor(FindingKind.REQUIREMENT);

        ButtonKt._click(_get(Button.class, spec -> spec.withId("finding-save")));
        assertThat(editor.text.isInvalid()).isTrue();
        assertThat(editor.text.getErrorMessage()).isEqualTo("评议意见须有内容。");

        editor.text.setValue("长".repeat(Finding.MAX_TEXT_LENGTH + 1));
        assertThat(editor.text.isInvalid()).isTrue();
        assertThat(editor.text.getErrorMessage()).isEqualTo(UI.getCurrent().getTranslation("text.too-long", 5001, 5000))
                .doesNotContain("text.too-long");

        editor.text.setValue("有{0}家区教育局开通了政务微信。");
        assertThat(editor.text.getErrorMessage()).isEqualTo("意见文本含占位符0，但没有对应的统计数。");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("finding-save")));

        assertThat(fake.commands()).isEmpty();
        assertThat(_find(FindingEditor.class)).hasSize(1);
    }

    @Test
    void a_command_the_round_refuses_is_shown_in_the_users_language_and_the_editor_stays_open() {
        FindingEditor editor = openEditor(FindingKind.ACHIEVEMENT);
        editor.text.setValue("政务新媒体服务水平不断提高。");
        fake.refuseNext(new DomainException("round.wrong-status", "addFinding", "PUBLISHED", "[OPEN, CLOSED]"));

        ButtonKt._click(_get(Button.class, spec -> spec.withId("finding-save")));

        String rule = "评议处于PUBLISHED状态，不能执行addFinding；仅限[OPEN, CLOSED]。";
        assertThat(editor.refusal.isVisible()).isTrue();
        assertThat(editor.refusal.getText()).isEqualTo(rule);
        NotificationsKt.expectNotifications(rule);
        assertThat(fake.commands()).isEmpty();
        assertThat(_find(FindingEditor.class)).hasSize(1);
    }

    @Test
    void removing_a_finding_is_confirmed_first_then_sent_with_the_version_last_seen() {
        open();
        ButtonKt._click(_get(Button.class, spec -> spec.withId("finding-remove-" + DISCLOSURE.id())));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getText(confirm)).contains("主动公开率为100%的区教育局有15家。");
        assertThat(fake.commands()).isEmpty();

        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(fake.commands()).containsExactly(new RemoveFinding(new RoundRef(ROUND, 7), DISCLOSURE.id()));
        assertThat(fake.version()).isEqualTo(8);
        // The next command goes with the version the last one returned.
        ButtonKt._click(_get(Button.class, spec -> spec.withId("finding-remove-" + DISCLOSURE.id())));
        ConfirmDialogKt._fireConfirm(_find(ConfirmDialog.class).getLast());
        assertThat(fake.commands()).last().isEqualTo(new RemoveFinding(new RoundRef(ROUND, 8), DISCLOSURE.id()));
    }

    @Test
    void a_long_section_is_read_a_page_at_a_time() {
        fake.achieveMany(45);
        open();
        assertThat(_find(FindingCard.class, spec -> spec.withClasses("finding-card"))).hasSize(20 + 2 + 1);
        Button more = _get(Button.class, spec -> spec.withId("more-ACHIEVEMENT"));
        assertThat(more.getText()).isEqualTo("显示更多（还有 25 条）");

        ButtonKt._click(more);
        ButtonKt._click(more);

        assertThat(_find(Paragraph.class, spec -> spec.withText("成效44"))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withId("more-ACHIEVEMENT"))).isEmpty();
        assertThat(fake.findingQueries()).allSatisfy(q -> assertThat(q.page().limit()).isLessThanOrEqualTo(FindingSection.PAGE));
    }

    @Test
    void a_published_round_keeps_its_findings_and_an_auditor_changes_nothing() {
        fake.reset(RoundStatus.PUBLISHED);
        open();
        assertThat(_find(Button.class, spec -> spec.withId("add-ACHIEVEMENT"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("finding-remove-" + DISCLOSURE.id()))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("finding-raise-" + BAOSHAN_PROBLEM.id()))).hasSize(1);

        fake.reset(RoundStatus.CLOSED);
        KaribuSpringSupport.signIn("auditor", "AUDITOR");
        open();

        assertThat(List.of(FindingKind.values())).allSatisfy(kind -> assertThat(
                _find(Button.class, spec -> spec.withId("add-" + kind.name()))).isEmpty());
        assertThat(_find(Button.class, spec -> spec.withId("finding-remove-" + DISCLOSURE.id()))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("finding-raise-" + BAOSHAN_PROBLEM.id()))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("findings-allowed")).getText()).startsWith("只读");
    }
}
