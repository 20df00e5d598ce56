package com.pingyi.evaluation.ui.scheme;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.pingyi.evaluation.application.port.in.round.AmendScheme;
import com.pingyi.evaluation.application.port.in.round.AmendSchemeUseCase;
import com.pingyi.evaluation.application.port.in.round.DefineScheme;
import com.pingyi.evaluation.application.port.in.round.DefineSchemeUseCase;
import com.pingyi.evaluation.application.port.in.round.GetRound;
import com.pingyi.evaluation.application.port.in.round.GetRoundSettings;
import com.pingyi.evaluation.application.port.in.round.GetRoundSettingsUseCase;
import com.pingyi.evaluation.application.port.in.round.GetRoundUseCase;
import com.pingyi.evaluation.application.port.in.round.RoundRef;
import com.pingyi.evaluation.application.port.in.round.RoundSettings;
import com.pingyi.evaluation.application.readmodel.RoundState;
import com.pingyi.evaluation.domain.demo.Shanghai2019DemoRound;
import com.pingyi.evaluation.domain.grade.GradeScale;
import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.round.RoundStatus;
import com.pingyi.evaluation.domain.scheme.Dimension;
import com.pingyi.evaluation.domain.scheme.Scheme;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.ui.i18n.TranslationProvider;
import com.pingyi.evaluation.ui.support.KaribuSpringSupport;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.RouteParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

/** The scheme editor against fake use cases: the scheme it is given, the scheme it sends whole, refusals in Chinese. */
@SpringBootTest(properties = {"pingyi.demo-data.enabled=false", "spring.datasource.url=jdbc:h2:mem:scheme-view-fake;DB_CLOSE_DELAY=-1"})
class SchemeViewFakeTest {

    static final RoundId ROUND = RoundId.newId();
    static final String TITLE = "2019年度上海市各区教育局政务公开评议";

    /** What the fakes answer and what they were asked; one instance serves every use case of the view. */
    static class FakeScheme implements GetRoundUseCase, GetRoundSettingsUseCase, DefineSchemeUseCase, AmendSchemeUseCase {
        final List<Object> asked = new CopyOnWriteArrayList<>();
        volatile RoundStatus status = RoundStatus.DRAFT;
        volatile DomainException refusal;

        @Override
        public RoundState getRound(GetRound query) {
            return new RoundState(ROUND, 2019, TITLE, status, 3);
        }

        @Override
        public RoundSettings getRoundSettings(GetRoundSettings query) {
            asked.add(query);
            return new RoundSettings(Optional.of(Shanghai2019DemoRound.scheme()), GradeScale.seedDefault(), Optional.empty());
        }

        @Override
        public RoundState defineScheme(DefineScheme command) {
            return answer(command);
        }

        @Override
        public RoundState amendScheme(AmendScheme command) {
            return answer(command);
        }

        private RoundState answer(Object command) {
            asked.add(command);
            if (refusal != null) {
                throw refusal;
            }
            return new RoundState(ROUND, 2019, TITLE, status, 4);
        }

        List<Object> commands() {
            return asked.stream().filter(c -> !(c instanceof GetRoundSettings)).toList();
        }
    }

    @TestConfiguration
    static class Fakes {
        static final FakeScheme FAKE = new FakeScheme();

        @Bean @Primary GetRoundUseCase fakeGetRound() {
            return FAKE::getRound;
        }

        @Bean @Primary GetRoundSettingsUseCase fakeGetRoundSettings() {
            return FAKE::getRoundSettings;
        }

        @Bean @Primary DefineSchemeUseCase fakeDefineScheme() {
            return FAKE::defineScheme;
        }

        @Bean @Primary AmendSchemeUseCase fakeAmendScheme() {
            return FAKE::amendScheme;
        }
    }

    @Autowired
    ApplicationContext context;

    final FakeScheme fake = Fakes.FAKE;

    @BeforeEach
    void setUp() {
        fake.asked.clear();
        fake.status = RoundStatus.DRAFT;
        fake.refusal = null;
        KaribuSpringSupport.setUp(context);
        KaribuSpringSupport.signIn("admin", "ADMIN");
    }

    @AfterEach
    void tearDown() {
        KaribuSpringSupport.tearDown();
    }

    @Test
    void the_scheme_given_is_shown_as_a_tree_of_dimensions_and_indicators_with_its_weight_total() {
        navigate();

        assertThat(fake.asked).containsExactly(new GetRoundSettings(ROUND));
        assertThat(dimensions()).extracting(n -> n.dimension().code).containsExactly("D1", "D2", "D3", "D4");
        assertThat(dimensions()).extracting(n -> n.dimension().name)
                .containsExactlyElementsOf(Shanghai2019DemoRound.scheme().dimensions().stream().map(Dimension::name).toList());
        assertThat(tree().getTreeData().getChildren(dimensions().getFirst())).hasSize(8);
        assertThat(_get(Span.class, spec -> spec.withId("weight-total")).getText()).contains("100");
        assertThat(_get(Paragraph.class, spec -> spec.withId("scheme-note")).getText())
                .isEqualTo(chinese("scheme.note.draft", chinese("round.status.DRAFT")));
    }

    @Test
    void saving_a_draft_sends_the_whole_edited_scheme_with_the_version_seen() {
        navigate();
        _get(SchemeTree.class).select(dimensions().getFirst());
        _get(Button.class, spec -> spec.withId("scheme-edit")).click();
        _get(DimensionDialog.class).name.setValue("政府信息主动公开");
        _get(Button.class, spec -> spec.withId("dimension-ok")).click();

        _get(Button.class, spec -> spec.withId("scheme-save")).click();

        List<Dimension> expected = new ArrayList<>(Shanghai2019DemoRound.scheme().dimensions());
        Dimension first = expected.getFirst();
        expected.set(0, new Dimension(first.code(), "政府信息主动公开", first.weight(), first.indicators()));
        assertThat(fake.commands()).containsExactly(new DefineScheme(new RoundRef(ROUND, 3), new Scheme(expected)));
    }

    @Test
    void a_save_refused_by_the_round_is_shown_in_chinese() {
        fake.refusal = new DomainException("round.wrong-status", "defineScheme", "OPEN", "DRAFT");
        navigate();
        NotificationsKt.clearNotifications();

        _get(Button.class, spec -> spec.withId("scheme-save")).click();

        NotificationsKt.expectNotifications(chinese("round.wrong-status", "defineScheme", "OPEN", "DRAFT"));
        assertThat(fake.commands()).hasSize(1);
    }

    @Test
    void an_open_round_is_amended_with_a_reason_and_a_refused_reason_is_named_on_its_field() {
        fake.status = RoundStatus.OPEN;
        navigate();
        assertThat(_find(Button.class, spec -> spec.withId("scheme-save"))).isEmpty();

        fake.refusal = new DomainException("round.reason-required");
        _get(Button.class, spec -> spec.withId("scheme-amend")).click();
        _get(Button.class, spec -> spec.withId("amend-confirm")).click();
        TextArea reason = _get(TextArea.class, spec -> spec.withId("amend-reason"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo(chinese("round.reason-required")).isEqualTo("须说明理由。");

        fake.refusal = null;
        reason.setValue("专家组建议调整");
        _get(Button.class, spec -> spec.withId("amend-confirm")).click();

        assertThat(fake.commands()).last()
                .isEqualTo(new AmendScheme(new RoundRef(ROUND, 3), Shanghai2019DemoRound.scheme(), "专家组建议调整"));
        assertThat(_find(TextArea.class, spec -> spec.withId("amend-reason"))).isEmpty();
    }

    @Test
    void an_auditor_reads_the_scheme_without_edit_controls() {
        KaribuSpringSupport.signIn("auditor", "AUDITOR");
        navigate();

        assertThat(dimensions()).hasSize(4);
        assertThat(_find(Button.class, spec -> spec.withId("scheme-save"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("scheme-add-dimension"))).isEmpty();
    }

    private String chinese(String key, Object... args) {
        return context.getBean(I18NProvider.class).getTranslation(key, TranslationProvider.CHINESE, args);
    }

    @SuppressWarnings("unchecked")
    private static TreeDataProvider<SchemeNode> tree() {
        return (TreeDataProvider<SchemeNode>) _get(SchemeTree.class).getDataProvider();
    }

    private static List<SchemeNode> dimensions() {
        return tree().getTreeData().getRootItems();
    }

    private static void navigate() {
        UI.getCurrent().navigate(SchemeView.class, new RouteParameters("roundId", ROUND.toString()));
    }
}
