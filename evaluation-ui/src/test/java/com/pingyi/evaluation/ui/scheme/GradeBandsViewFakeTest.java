package com.pingyi.evaluation.ui.scheme;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.pingyi.evaluation.application.port.in.round.DefineGradeScale;
import com.pingyi.evaluation.application.port.in.round.DefineGradeScaleUseCase;
import com.pingyi.evaluation.application.port.in.round.GetRound;
import com.pingyi.evaluation.application.port.in.round.GetRoundSettings;
import com.pingyi.evaluation.application.port.in.round.GetRoundSettingsUseCase;
import com.pingyi.evaluation.application.port.in.round.GetRoundUseCase;
import com.pingyi.evaluation.application.port.in.round.RoundRef;
import com.pingyi.evaluation.application.port.in.round.RoundSettings;
import com.pingyi.evaluation.application.readmodel.RoundState;
import com.pingyi.evaluation.domain.demo.Shanghai2019DemoRound;
import com.pingyi.evaluation.domain.grade.GradeBand;
import com.pingyi.evaluation.domain.grade.GradeScale;
import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.round.RoundStatus;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.ui.i18n.TranslationProvider;
import com.pingyi.evaluation.ui.support.KaribuSpringSupport;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.RouteParameters;
import java.math.BigDecimal;
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

/** The grade bands editor against fake use cases: the scale it is given, the scale it sends, refusals in Chinese. */
@SpringBootTest(properties = {"pingyi.demo-data.enabled=false", "spring.datasource.url=jdbc:h2:mem:grade-bands-view-fake;DB_CLOSE_DELAY=-1"})
class GradeBandsViewFakeTest {

    static final RoundId ROUND = RoundId.newId();
    static final String TITLE = "2019年度上海市各区教育局政务公开评议";

    /** What the fakes answer and what they were asked; one instance serves every use case of the view. */
    static class FakeBands implements GetRoundUseCase, GetRoundSettingsUseCase, DefineGradeScaleUseCase {
        final List<Object> asked = new CopyOnWriteArrayList<>();
        volatile RoundStatus status = RoundStatus.DRAFT;
        volatile GradeScale scale = GradeScale.seedDefault();
        volatile DomainException refusal;

        @Override
        public RoundState getRound(GetRound query) {
            return new RoundState(ROUND, 2019, TITLE, status, 5);
        }

        @Override
        public RoundSettings getRoundSettings(GetRoundSettings query) {
            asked.add(query);
            return new RoundSettings(Optional.of(Shanghai2019DemoRound.scheme()), scale, Optional.empty());
        }

        @Override
        public RoundState defineGradeScale(DefineGradeScale command) {
            asked.add(command);
            if (refusal != null) {
                throw refusal;
            }
            scale = command.scale();
            return new RoundState(ROUND, 2019, TITLE, status, 6);
        }

        List<Object> commands() {
            return asked.stream().filter(c -> !(c instanceof GetRoundSettings)).toList();
        }
    }

    @TestConfiguration
    static class Fakes {
        static final FakeBands FAKE = new FakeBands();

        @Bean @Primary GetRoundUseCase fakeGetRound() {
            return FAKE::getRound;
        }

        @Bean @Primary GetRoundSettingsUseCase fakeGetRoundSettings() {
            return FAKE::getRoundSettings;
        }

        @Bean @Primary DefineGradeScaleUseCase fakeDefineGradeScale() {
            return FAKE::defineGradeScale;
        }
    }

    @Autowired
    ApplicationContext context;

    final FakeBands fake = Fakes.FAKE;

    @BeforeEach
    void setUp() {
        fake.asked.clear();
        fake.status = RoundStatus.DRAFT;
        fake.scale = GradeScale.seedDefault();
        fake.refusal = null;
        KaribuSpringSupport.setUp(context);
        KaribuSpringSupport.signIn("admin", "ADMIN");
    }

    @AfterEach
    void tearDown() {
        KaribuSpringSupport.tearDown();
    }

    @Test
    void the_scale_given_is_shown_band_by_band_and_read_only_once_the_round_is_open() {
        fake.status = RoundStatus.OPEN;
        navigate();

        assertThat(fake.asked).containsExactly(new GetRoundSettings(ROUND));
        assertThat(_get(TextField.class, spec -> spec.withId("band-label-0")).getValue()).isEqualTo("优秀");
        assertThat(decimal("band-lower-1").getValue()).isEqualByComparingTo("80");
        assertThat(_get(TextField.class, spec -> spec.withId("band-label-3")).getValue()).isEqualTo("不合格");
        assertThat(_get(TextField.class, spec -> spec.withId("band-label-0")).isReadOnly()).isTrue();
        assertThat(_get(Paragraph.class, spec -> spec.withId("bands-note")).getText())
                .isEqualTo(chinese("bands.note.frozen", chinese("round.status.OPEN")));
        assertThat(problem()).isEqualTo("各档恰好覆盖0至100一次。");
        assertThat(_find(Button.class, spec -> spec.withId("bands-save"))).isEmpty();
    }

    @Test
    void saving_sends_the_edited_scale_with_the_version_seen() {
        navigate();
        decimal("band-lower-1").setValue(new BigDecimal("85"));
        decimal("band-upper-2").setValue(new BigDecimal("85"));

        _get(Button.class, spec -> spec.withId("bands-save")).click();

        assertThat(fake.commands()).containsExactly(new DefineGradeScale(new RoundRef(ROUND, 5), GradeScale.of(
                GradeBand.closed("优秀", "90", "100", true), GradeBand.halfOpen("良好", "85", "90", true),
                GradeBand.halfOpen("合格", "60", "85", true), GradeBand.halfOpen("不合格", "0", "60", false))));
        assertThat(decimal("band-lower-1").getValue()).isEqualByComparingTo("85");
    }

    @Test
    void a_gap_is_named_in_chinese_and_nothing_is_sent() {
        navigate();

        decimal("band-lower-1").setValue(new BigDecimal("81"));

        assertThat(problem()).isEqualTo(chinese("grade.scale.gap", "合格", "[60, 80)", "良好", "[81, 90)")).startsWith("档次合格");
        assertThat(_get(Button.class, spec -> spec.withId("bands-save")).isEnabled()).isFalse();
        assertThat(fake.commands()).isEmpty();
    }

    @Test
    void a_save_refused_by_the_round_is_shown_in_chinese() {
        fake.refusal = new DomainException("round.wrong-status", "defineGradeScale", "OPEN", "DRAFT");
        navigate();
        NotificationsKt.clearNotifications();

        _get(Button.class, spec -> spec.withId("bands-save")).click();

        NotificationsKt.expectNotifications(chinese("round.wrong-status", "defineGradeScale", "OPEN", "DRAFT"));
        assertThat(fake.commands()).hasSize(1);
        assertThat(fake.scale).isEqualTo(GradeScale.seedDefault());
    }

    private String chinese(String key, Object... args) {
        return context.getBean(I18NProvider.class).getTranslation(key, TranslationProvider.CHINESE, args);
    }

    private static BigDecimalField decimal(String id) {
        return _get(BigDecimalField.class, spec -> spec.withId(id));
    }

    private static String problem() {
        return _get(Span.class, spec -> spec.withId("bands-problem")).getText();
    }

    private static void navigate() {
        UI.getCurrent().navigate(GradeBandsView.class, new RouteParameters("roundId", ROUND.toString()));
    }
}
