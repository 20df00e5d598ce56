package com.pingyi.evaluation.ui.scheme;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.pingyi.evaluation.application.port.in.round.DefineSchemeUseCase;
import com.pingyi.evaluation.application.port.in.round.GetRoundSettings;
import com.pingyi.evaluation.application.port.in.round.GetRoundSettingsUseCase;
import com.pingyi.evaluation.application.port.in.round.ListRoundsUseCase;
import com.pingyi.evaluation.application.port.out.SaveRoundPort;
import com.pingyi.evaluation.domain.grade.GradeBand;
import com.pingyi.evaluation.domain.grade.GradeScale;
import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.ui.support.KaribuSpringSupport;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/** The grade bands editor: the demo's seed bands read-only, a draft's bands checked live and saved. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:scheme-views;DB_CLOSE_DELAY=-1")
class GradeBandsViewTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    SaveRoundPort saveRound;

    @Autowired
    DefineSchemeUseCase defineScheme;

    @Autowired
    ListRoundsUseCase listRounds;

    @Autowired
    GetRoundSettingsUseCase getSettings;

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

    private StoredRounds rounds() {
        return new StoredRounds(listRounds, saveRound, defineScheme, transactions);
    }

    private void open(RoundId id) {
        UI.getCurrent().navigate(GradeBandsView.class, new RouteParameters("roundId", id.toString()));
    }

    private static BigDecimalField decimal(String id) {
        return _get(BigDecimalField.class, spec -> spec.withId(id));
    }

    private static String problem() {
        return _get(Span.class, spec -> spec.withId("bands-problem")).getText();
    }

    private static List<Div> pieces(String className) {
        return _find(Div.class, spec -> spec.withClasses(className));
    }

    private static Button save() {
        return _get(Button.class, spec -> spec.withId("bands-save"));
    }

    @Test
    void the_published_demo_round_shows_the_seed_bands_read_only_on_a_bar_without_gaps() {
        open(rounds().demo());

        assertThat(_get(TextField.class, spec -> spec.withId("band-label-0")).getValue()).isEqualTo("优秀");
        assertThat(_get(TextField.class, spec -> spec.withId("band-label-3")).getValue()).isEqualTo("不合格");
        assertThat(_get(TextField.class, spec -> spec.withId("band-label-0")).isReadOnly()).isTrue();
        assertThat(pieces("bands-segment")).hasSize(4);
        assertThat(pieces("bands-segment").getFirst().getStyle().get("width")).isEqualTo("60%");
        assertThat(pieces("bands-gap")).isEmpty();
        assertThat(problem()).isEqualTo(UI.getCurrent().getTranslation("bands.valid"));
        assertThat(_find(Button.class, spec -> spec.withId("bands-save"))).isEmpty();
    }

    @Test
    void a_gap_is_drawn_and_named_while_typing_and_cannot_be_saved() {
        RoundId draft = rounds().draftWithDemoScheme();
        open(draft);
        assertThat(save().isEnabled()).isTrue();

        decimal("band-lower-1").setValue(new BigDecimal("81"));

        assertThat(pieces("bands-gap")).hasSize(1);
        assertThat(pieces("bands-gap").getFirst().getStyle().get("left")).isEqualTo("80%");
        assertThat(problem()).isEqualTo(UI.getCurrent().getTranslation("grade.scale.gap", "合格", "[60, 80)", "良好", "[81, 90)"));
        assertThat(save().isEnabled()).isFalse();
        assertThat(getSettings.getRoundSettings(new GetRoundSettings(draft)).scale()).isEqualTo(GradeScale.seedDefault());
    }

    @Test
    void an_overlap_is_drawn_and_named() {
        open(rounds().draftWithDemoScheme());

        decimal("band-lower-1").setValue(new BigDecimal("75"));

        assertThat(pieces("bands-overlap")).hasSize(1);
        assertThat(problem()).isEqualTo(UI.getCurrent().getTranslation("grade.scale.overlap", "合格", "[60, 80)", "良好", "[75, 90)"));
        assertThat(save().isEnabled()).isFalse();
    }

    @Test
    void valid_bands_are_saved_and_read_back() {
        RoundId draft = rounds().draftWithDemoScheme();
        open(draft);

        decimal("band-lower-1").setValue(new BigDecimal("85"));
        decimal("band-upper-2").setValue(new BigDecimal("85"));
        assertThat(problem()).isEqualTo(UI.getCurrent().getTranslation("bands.valid"));
        save().click();

        GradeScale stored = getSettings.getRoundSettings(new GetRoundSettings(draft)).scale();
        assertThat(stored.bands()).containsExactly(GradeBand.closed("优秀", "90", "100", true),
                GradeBand.halfOpen("良好", "85", "90", true), GradeBand.halfOpen("合格", "60", "85", true),
                GradeBand.halfOpen("不合格", "0", "60", false));
    }
}
