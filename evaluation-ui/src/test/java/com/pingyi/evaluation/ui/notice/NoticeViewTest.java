package com.pingyi.evaluation.ui.notice;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.pingyi.evaluation.application.port.in.result.ListPublications;
import com.pingyi.evaluation.application.port.in.result.ListPublicationsUseCase;
import com.pingyi.evaluation.application.port.in.result.PreviewNotice;
import com.pingyi.evaluation.application.port.in.result.PreviewNoticeUseCase;
import com.pingyi.evaluation.application.port.in.round.DefineNoticeSettings;
import com.pingyi.evaluation.application.port.in.round.DefineNoticeSettingsUseCase;
import com.pingyi.evaluation.application.port.in.round.GetRound;
import com.pingyi.evaluation.application.port.in.round.GetRoundSettings;
import com.pingyi.evaluation.application.port.in.round.GetRoundSettingsUseCase;
import com.pingyi.evaluation.application.port.in.round.GetRoundUseCase;
import com.pingyi.evaluation.application.port.in.round.PublishRound;
import com.pingyi.evaluation.application.port.in.round.PublishRoundUseCase;
import com.pingyi.evaluation.application.port.in.round.RoundSettings;
import com.pingyi.evaluation.application.readmodel.PublishedVersion;
import com.pingyi.evaluation.application.readmodel.RoundState;
import com.pingyi.evaluation.domain.demo.Shanghai2019DemoRound;
import com.pingyi.evaluation.domain.notice.Notice;
import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.round.RoundStatus;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.ui.support.KaribuSpringSupport;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.ArrayList;
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

/** The notice view against fake use cases: the preview, publishing from here, the published versions. */
@SpringBootTest(properties = {"pingyi.demo-data.enabled=false", "spring.datasource.url=jdbc:h2:mem:notice-view;DB_CLOSE_DELAY=-1"})
class NoticeViewTest {

    static final RoundId ROUND = RoundId.newId();
    static final Notice NOTICE = Shanghai2019DemoRound.published().publications().getLast().notice();

    /** What the fakes answer and what they were asked; one instance serves all four use cases. */
    static class FakeRound implements GetRoundUseCase, PreviewNoticeUseCase, ListPublicationsUseCase, PublishRoundUseCase,
            GetRoundSettingsUseCase, DefineNoticeSettingsUseCase {
        final List<Object> asked = new CopyOnWriteArrayList<>();
        volatile RoundStatus status = RoundStatus.CLOSED;
        final List<PublishedVersion> versions = new CopyOnWriteArrayList<>();
        volatile DomainException refusal;

        @Override
        public RoundState getRound(GetRound query) {
            return new RoundState(ROUND, 2019, "2019年度上海市各区教育局政务公开评议", status, 7);
        }

        @Override
        public Notice previewNotice(PreviewNotice query) {
            asked.add(query);
            return NOTICE;
        }

        @Override
        public List<PublishedVersion> listPublications(ListPublications query) {
            return new ArrayList<>(versions);
        }

        @Override
        public RoundSettings getRoundSettings(GetRoundSettings query) {
            return new RoundSettings(java.util.Optional.empty(), com.pingyi.evaluation.domain.grade.GradeScale.seedDefault(), java.util.Optional.empty());
        }

        @Override
        public RoundState defineNoticeSettings(DefineNoticeSettings command) {
            asked.add(command);
            return new RoundState(ROUND, 2019, "2019年度上海市各区教育局政务公开评议", status, 8);
        }

        @Override
        public RoundState publishRound(PublishRound command) {
            asked.add(command);
            if (refusal != null) {
                throw refusal;
            }
            status = RoundStatus.PUBLISHED;
            versions.add(new PublishedVersion(1, command.on(), null, 0));
            return new RoundState(ROUND, 2019, "2019年度上海市各区教育局政务公开评议", status, 8);
        }
    }

    @TestConfiguration
    static class Fakes {
        static final FakeRound FAKE = new FakeRound();

        @Bean @Primary GetRoundUseCase fakeGetRound() {
            return FAKE::getRound;
        }

        @Bean @Primary PreviewNoticeUseCase fakePreviewNotice() {
            return FAKE::previewNotice;
        }

        @Bean @Primary ListPublicationsUseCase fakeListPublications() {
            return FAKE::listPublications;
        }

        @Bean @Primary PublishRoundUseCase fakePublishRound() {
            return FAKE::publishRound;
        }

        @Bean @Primary GetRoundSettingsUseCase fakeGetRoundSettings() {
            return FAKE::getRoundSettings;
        }

        @Bean @Primary DefineNoticeSettingsUseCase fakeDefineNoticeSettings() {
            return FAKE::defineNoticeSettings;
        }
    }

    @Autowired
    ApplicationContext context;

    final FakeRound fake = Fakes.FAKE;

    @BeforeEach
    void setUp() {
        fake.asked.clear();
        fake.versions.clear();
        fake.status = RoundStatus.CLOSED;
        fake.refusal = null;
        KaribuSpringSupport.setUp(context);
    }

    @AfterEach
    void tearDown() {
        KaribuSpringSupport.tearDown();
    }

    @Test
    void a_closed_round_is_previewed_with_its_cross_check_and_published_from_here() {
        KaribuSpringSupport.signIn("admin", "ADMIN");
        navigate();

        assertThat(_get(Div.class, spec -> spec.withId("notice")).getElement().getTextRecursively())
                .contains("确定黄浦区教育局等3家单位为2019年度区教育局政务公开评议工作“优秀单位”");
        assertThat(_get(Div.class, spec -> spec.withId("cross-check")).getElement().getTextRecursively()).contains("宝山区教育局");
        assertThat(_find(Select.class, spec -> spec.withId("notice-version"))).isEmpty();
        assertDownloads();
        assertThat(_get(RouterLink.class, spec -> spec.withId("round-page-scoring")).getHref()).isEqualTo("rounds/" + ROUND + "/scoring");

        _get(Button.class, spec -> spec.withId("round-action-publish")).click();
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("message")).contains("永久冻结");
        ConfirmDialogKt._fireConfirm(confirm);
        KaribuSpringSupport.awaitUi(() -> !_find(Select.class, spec -> spec.withId("notice-version")).isEmpty());

        assertThat(fake.asked).filteredOn(PublishRound.class::isInstance).singleElement()
                .satisfies(c -> assertThat(((PublishRound) c).round().version()).isEqualTo(7));
        assertThat(_find(Button.class, spec -> spec.withId("round-action-publish"))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("notice-version-note")).getText()).endsWith("发布。");
    }

    @Test
    void every_published_version_can_be_read_with_the_reason_of_its_correction() {
        fake.status = RoundStatus.PUBLISHED;
        fake.versions.add(new PublishedVersion(1, LocalDate.of(2020, 4, 16), null, 0));
        fake.versions.add(new PublishedVersion(2, LocalDate.of(2020, 4, 23), "更正录入错误", 1));
        KaribuSpringSupport.signIn("auditor", "AUDITOR");
        navigate();

        @SuppressWarnings("unchecked")
        Select<PublishedVersion> versions = _get(Select.class, spec -> spec.withId("notice-version"));
        assertThat(versions.getValue().version()).isEqualTo(2);
        assertThat(versions.getItemLabelGenerator().apply(fake.versions.get(0))).isEqualTo("第1版（2020-04-16）");
        assertThat(_get(Paragraph.class, spec -> spec.withId("notice-version-note")).getText())
                .isEqualTo("2020-04-23发布的更正：更正录入错误（更正1项评分）。");
        assertThat(fake.asked).last().satisfies(q -> assertThat(((PreviewNotice) q).version()).isEqualTo(2));
        assertThat(_find(Button.class, spec -> spec.withId("round-action-publish"))).isEmpty();
        assertDownloads();

        versions.setValue(fake.versions.get(0));

        assertThat(fake.asked).last().satisfies(q -> assertThat(((PreviewNotice) q).version()).isEqualTo(1));
        assertThat(_get(Paragraph.class, spec -> spec.withId("notice-version-note")).getText()).isEqualTo("2020-04-16发布。");
    }

    @Test
    void a_refused_publication_names_the_rule_and_leaves_the_round_closed() {
        fake.refusal = new DomainException("round.wrong-status", "publish", "OPEN", "CLOSED");
        KaribuSpringSupport.signIn("admin", "ADMIN");
        navigate();
        NotificationsKt.clearNotifications();

        _get(Button.class, spec -> spec.withId("round-action-publish")).click();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        KaribuSpringSupport.awaitUi(() -> !NotificationsKt.getNotifications().isEmpty());

        NotificationsKt.expectNotifications(context.getBean(com.vaadin.flow.i18n.I18NProvider.class)
                .getTranslation("round.wrong-status", com.pingyi.evaluation.ui.i18n.TranslationProvider.CHINESE, "publish", "OPEN", "CLOSED"));
        assertThat(_get(Button.class, spec -> spec.withId("round-action-publish")).isEnabled()).isTrue();
        assertThat(fake.status).isEqualTo(RoundStatus.CLOSED);
    }

    @Test
    void the_notice_texts_are_typed_in_a_form_that_names_the_missing_one_and_sends_nothing_until_complete() {
        KaribuSpringSupport.signIn("admin", "ADMIN");
        navigate();
        _get(Button.class, spec -> spec.withId("notice-settings")).click();
        java.util.Map<String, String> typed = new java.util.LinkedHashMap<>();
        typed.put("title", "上海市教育委员会关于公布2020年度各区教育局政务公开评议结果的通知");
        typed.put("addressee", "各区教育局");
        typed.put("basis-number", "沪教委办〔2020〕12号");
        typed.put("basis-title", "关于开展2020年度区教育局政务公开评议工作的通知");
        typed.put("programme", "区教育局政务公开评议工作");
        typed.put("attachment", "区教育局政务公开");
        typed.forEach((name, value) -> _get(TextField.class, spec -> spec.withId("notice-settings-" + name)).setValue(value));

        _get(Button.class, spec -> spec.withId("notice-settings-save")).click();
        TextField issuer = _get(TextField.class, spec -> spec.withId("notice-settings-issuer"));
        assertThat(issuer.isInvalid()).isTrue();
        assertThat(issuer.getErrorMessage()).isEqualTo("通知须有落款单位。");
        assertThat(fake.asked).noneMatch(DefineNoticeSettings.class::isInstance);

        issuer.setValue("上海市教育委员会");
        _get(Button.class, spec -> spec.withId("notice-settings-save")).click();

        assertThat(fake.asked).filteredOn(DefineNoticeSettings.class::isInstance).singleElement().satisfies(c -> {
            DefineNoticeSettings sent = (DefineNoticeSettings) c;
            assertThat(sent.round().version()).isEqualTo(7);
            assertThat(sent.settings().basisDocumentNumber()).isEqualTo("沪教委办〔2020〕12号");
            assertThat(sent.settings().issuer()).isEqualTo("上海市教育委员会");
        });
        assertThat(_find(TextField.class, spec -> spec.withId("notice-settings-issuer"))).isEmpty();
    }

    @Test
    void an_auditor_sees_no_control_that_changes_the_notice() {
        KaribuSpringSupport.signIn("auditor", "AUDITOR");
        navigate();

        assertThat(_find(Button.class, spec -> spec.withId("notice-settings"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("round-action-publish"))).isEmpty();
        // The round's pages offered are those the role may open: an auditor reads every one, the score sheet
        // included (read-only; RolesInTheViewsTest shows an expert is offered the score sheet alone).
        assertThat(_find(RouterLink.class, spec -> spec.withId("round-page-scoring"))).hasSize(1);
        assertThat(_get(RouterLink.class, spec -> spec.withId("round-page-notice")).hasClassName("current")).isTrue();
        assertThat(_get(Div.class, spec -> spec.withId("round-crumbs")).getElement().getTextRecursively())
                .isEqualTo("评议轮次›2019年度上海市各区教育局政务公开评议›通知");
        assertThat(_get(Div.class, spec -> spec.withId("notice")).isVisible()).isTrue();
    }

    private static void navigate() {
        UI.getCurrent().navigate(NoticeView.class, new RouteParameters("roundId", ROUND.toString()));
    }

    /** Admins and auditors (the only roles that open this page) download the notice shown, as DOCX and as HTML. */
    private static void assertDownloads() {
        Anchor docx = _get(Anchor.class, spec -> spec.withId("notice-download-docx"));
        Anchor html = _get(Anchor.class, spec -> spec.withId("notice-download-html"));
        assertThat(docx.getText()).isEqualTo("下载通知（DOCX）");
        assertThat(html.getText()).isEqualTo("下载通知（HTML）");
        assertThat(docx.isDownload()).isTrue();
        assertThat(html.isDownload()).isTrue();
    }
}
