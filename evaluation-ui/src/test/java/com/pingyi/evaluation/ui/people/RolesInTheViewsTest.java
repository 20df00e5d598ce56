package com.pingyi.evaluation.ui.people;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.port.in.account.CreateUser;
import com.pingyi.evaluation.application.port.in.account.CreateUserUseCase;
import com.pingyi.evaluation.application.port.in.account.GetOwnAccountUseCase;
import com.pingyi.evaluation.application.port.in.expert.AssignExpert;
import com.pingyi.evaluation.application.port.in.expert.AssignExpertUseCase;
import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.application.port.in.round.CloneRound;
import com.pingyi.evaluation.application.port.in.round.CloneRoundUseCase;
import com.pingyi.evaluation.application.port.in.round.GetRound;
import com.pingyi.evaluation.application.port.in.round.GetRoundUseCase;
import com.pingyi.evaluation.application.port.in.round.ListRounds;
import com.pingyi.evaluation.application.port.in.round.ListRoundsUseCase;
import com.pingyi.evaluation.application.port.in.round.OpenRound;
import com.pingyi.evaluation.application.port.in.round.OpenRoundUseCase;
import com.pingyi.evaluation.application.port.in.round.RecordScore;
import com.pingyi.evaluation.application.port.in.round.RecordScoreUseCase;
import com.pingyi.evaluation.application.port.in.round.RegisterScorer;
import com.pingyi.evaluation.application.port.in.round.RegisterScorerUseCase;
import com.pingyi.evaluation.application.port.in.round.RoundRef;
import com.pingyi.evaluation.application.readmodel.RoundState;
import com.pingyi.evaluation.domain.demo.Shanghai2019DemoRound;
import com.pingyi.evaluation.domain.round.EvaluationYear;
import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.scheme.IndicatorCode;
import com.pingyi.evaluation.domain.score.Assignment;
import com.pingyi.evaluation.domain.score.ScoreEntry;
import com.pingyi.evaluation.domain.score.Scorer;
import com.pingyi.evaluation.domain.score.ScorerId;
import com.pingyi.evaluation.domain.shared.Points;
import com.pingyi.evaluation.domain.user.Role;
import com.pingyi.evaluation.domain.user.Username;
import com.pingyi.evaluation.ui.expert.AssignmentsView;
import com.pingyi.evaluation.ui.finding.FindingsView;
import com.pingyi.evaluation.ui.notice.NoticeView;
import com.pingyi.evaluation.ui.result.ResultsView;
import com.pingyi.evaluation.ui.round.RoundUnitsView;
import com.pingyi.evaluation.ui.round.RoundsView;
import com.pingyi.evaluation.ui.scheme.GradeBandsView;
import com.pingyi.evaluation.ui.scheme.SchemeView;
import com.pingyi.evaluation.ui.scoring.ScoringView;
import com.pingyi.evaluation.ui.support.KaribuSpringSupport;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.RouteParameters;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * What each role gets from the views, over the real use cases and the demo data: an auditor sees no
 * control that changes anything on a round's pages (where an admin does), a forbidden route shows the
 * access-denied page and a forced call is refused, a reset password leads to the change-password page
 * first, and an expert's score sheet holds only their pair with the scorer fixed to themselves.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:roles-in-the-views;DB_CLOSE_DELAY=-1")
class RolesInTheViewsTest {

    static final List<Class<? extends Component>> ROUND_PAGES = List.of(ResultsView.class, SchemeView.class, GradeBandsView.class,
            RoundUnitsView.class, AssignmentsView.class, NoticeView.class, ScoringView.class, FindingsView.class);
    /** What changes nothing: the drawer toggle, the language and sign-out, searches, filters and paging. */
    static final Set<String> READING_CONTROLS = Set.of("button:", "button:language-switch", "button:logout", "button:scoring-next",
            "button:scoring-previous", "field:round-unit-search", "field:unit-filter", "field:notice-version", "field:scoring-unit");

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void setUp() {
        KaribuSpringSupport.setUp(context);
    }

    @AfterEach
    void tearDown() {
        KaribuSpringSupport.tearDown();
    }

    @Test
    void an_auditor_sees_no_edit_control_on_any_round_page_where_an_admin_does() {
        RoundState draft = asAdmin(() -> bean(CloneRoundUseCase.class).cloneRound(new CloneRound(demo(), EvaluationYear.of(2020), "2020 草稿")));
        RoundState open = openClone(2021);

        for (RoundId round : List.of(demo(), draft.id(), open.id())) {
            for (Class<? extends Component> page : ROUND_PAGES) {
                KaribuSpringSupport.signIn("auditor", "AUDITOR");
                UI.getCurrent().navigate(page, new RouteParameters("roundId", round.toString()));
                assertThat(controls()).as("%s of %s as an auditor", page.getSimpleName(), round).isSubsetOf(READING_CONTROLS);
            }
        }
        // The check can fail: the same pages give an admin controls that change the round.
        for (Class<? extends Component> page : List.of(ResultsView.class, SchemeView.class, GradeBandsView.class, RoundUnitsView.class,
                AssignmentsView.class, NoticeView.class)) {
            KaribuSpringSupport.signIn("admin", "ADMIN");
            UI.getCurrent().navigate(page, new RouteParameters("roundId", draft.id().toString()));
            assertThat(controls()).as(page.getSimpleName() + " as an admin").isNotEmpty().isNotEqualTo(new TreeSet<>(READING_CONTROLS))
                    .anySatisfy(c -> assertThat(READING_CONTROLS).doesNotContain(c));
        }
    }

    @Test
    void a_forbidden_route_shows_the_access_denied_page_and_a_forced_call_is_refused() {
        KaribuSpringSupport.signIn("expert", "EXPERT");
        UI.getCurrent().navigate(UsersView.class);
        assertThat(_get(AccessDeniedView.class).getElement().getText()).isNotNull();
        assertThat(_find(UsersView.class)).isEmpty();

        KaribuSpringSupport.signIn("huangpu", "UNIT_CONTACT");
        UI.getCurrent().navigate(ResultsView.class, new RouteParameters("roundId", demo().toString()));
        assertThat(_find(AccessDeniedView.class)).hasSize(1);
        assertThat(_find(ResultsView.class)).isEmpty();

        KaribuSpringSupport.signIn("auditor", "AUDITOR");
        RoundRef ref = asAdmin(() -> new RoundRef(demo(), bean(GetRoundUseCase.class).getRound(new GetRound(demo())).version()));
        KaribuSpringSupport.signIn("auditor", "AUDITOR");
        assertThatThrownBy(() -> bean(RecordScoreUseCase.class).recordScore(new RecordScore(ref, new ScoreEntry.Verified(
                Shanghai2019DemoRound.unitId("黄浦"), IndicatorCode.of("GK05"), ScorerId.of("auditor"), Points.of(1)))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void after_an_admin_s_reset_the_next_sign_in_leads_to_the_change_password_page_before_anything_else() {
        String temporary = asAdmin(() -> bean(CreateUserUseCase.class).createUser(new CreateUser(Username.of("new.auditor"), "新审计员",
                Set.of(Role.AUDITOR), null, Set.of())).temporaryPassword());

        // Signed in as the sign-in check signs them in: with the authorities the application grants.
        KaribuSpringSupport.signIn("new.auditor", sessionRolesOf("new.auditor"));
        assertThat(sessionRolesOf("new.auditor")).containsExactly(Roles.PASSWORD_CHANGE_PENDING);
        UI.getCurrent().navigate(RoundsView.class);
        assertThat(_find(ChangePasswordView.class)).hasSize(1);
        UI.getCurrent().navigate(UsersView.class);
        assertThat(_find(UsersView.class)).isEmpty();
        // Not only the pages: every use case but changing the password refuses such a session.
        assertThatThrownBy(() -> bean(ListRoundsUseCase.class).listRounds(new ListRounds(PageRequest.first(5))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(bean(GetOwnAccountUseCase.class).getOwnAccount().mustChangePassword()).isTrue();

        _get(PasswordField.class, spec -> spec.withId("password-current")).setValue(temporary);
        _get(PasswordField.class, spec -> spec.withId("password-new")).setValue("Shenji-yuan-2020");
        _get(PasswordField.class, spec -> spec.withId("password-repeat")).setValue("Shenji-yuan-2020");
        _get(Button.class, spec -> spec.withId("password-save")).click();

        assertThat(_find(ChangePasswordView.class)).isEmpty();
        assertThat(bean(GetOwnAccountUseCase.class).getOwnAccount().mustChangePassword()).isFalse();
        UI.getCurrent().navigate(UsersView.class);
        assertThat(_find(UsersView.class)).hasSize(1);
        // The same session now holds the account's role, without signing in again.
        assertThat(bean(ListRoundsUseCase.class).listRounds(new ListRounds(PageRequest.first(5))).items()).isNotEmpty();
    }

    private String[] sessionRolesOf(String username) {
        return bean(UserDetailsService.class).loadUserByUsername(username).getAuthorities().stream()
                .map(a -> a.getAuthority().substring("ROLE_".length())).toArray(String[]::new);
    }

    @Test
    void an_expert_s_score_sheet_holds_only_their_pair_and_scores_as_themselves() {
        RoundState open = openClone(2022);
        asAdmin(() -> {
            RoundRef ref = ref(open.id());
            bean(RegisterScorerUseCase.class).registerScorer(new RegisterScorer(ref, Scorer.expert(ScorerId.of("expert"), "演示专家")));
            return bean(AssignExpertUseCase.class).assignExpert(new AssignExpert(ref(open.id()), ScorerId.of("expert"),
                    Set.of(new Assignment(Shanghai2019DemoRound.unitId("黄浦"), Shanghai2019DemoRound.D_DISCLOSURE))));
        });

        KaribuSpringSupport.signIn("expert", "EXPERT");
        UI.getCurrent().navigate(ScoringView.class, new RouteParameters("roundId", open.id().toString()));

        @SuppressWarnings("unchecked")
        ComboBox<?> unit = _get(ComboBox.class, spec -> spec.withId("scoring-unit"));
        assertThat(unit.getValue()).extracting("name").isEqualTo("黄浦区教育局");
        assertThat(_find(H3.class)).extracting(H3::getText).containsExactly("政府信息公开");
        assertThat(_find(Button.class, spec -> spec.withId("na-GK05"))).isEmpty();
        // The round's pages offered are those the role may open: the score sheet alone.
        assertThat(_find(com.vaadin.flow.router.RouterLink.class, spec -> spec.withId("round-page-scoring"))).hasSize(1);
        assertThat(_find(com.vaadin.flow.router.RouterLink.class, spec -> spec.withId("round-page-results"))).isEmpty();
        @SuppressWarnings("unchecked")
        ComboBox<String> scorer = _get(ComboBox.class, spec -> spec.withId("scorer-GK05"));
        assertThat(scorer.getValue()).isEqualTo("expert");
        assertThat(scorer.isReadOnly()).isTrue();

        _get(BigDecimalField.class, spec -> spec.withId("points-GK05")).setValue(new BigDecimal("25"));
        _get(Button.class, spec -> spec.withId("record-GK05")).click();

        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("line-GK05")).getElement().getTextRecursively())
                .contains("expert: 25");
    }

    private RoundState openClone(int year) {
        return asAdmin(() -> {
            RoundState clone = bean(CloneRoundUseCase.class).cloneRound(new CloneRound(demo(), EvaluationYear.of(year), year + " 评议中"));
            return bean(OpenRoundUseCase.class).openRound(new OpenRound(new RoundRef(clone.id(), clone.version())));
        });
    }

    private RoundRef ref(RoundId round) {
        return new RoundRef(round, bean(GetRoundUseCase.class).getRound(new GetRound(round)).version());
    }

    private RoundId demo() {
        return asAdmin(() -> bean(ListRoundsUseCase.class).listRounds(new ListRounds(PageRequest.first(20))).items().stream()
                .filter(r -> r.year() == 2019).findFirst().orElseThrow().id());
    }

    private <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** Runs as an admin, then puts back whoever was signed in. */
    private static <T> T asAdmin(Supplier<T> work) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin", null,
                List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    /** The visible controls that could change something: enabled buttons and editable fields, by id. */
    private static Set<String> controls() {
        Set<String> found = new TreeSet<>();
        for (Component c : _find(Component.class)) {
            if (c instanceof Button b && b.isEnabled()) {
                found.add("button:" + b.getId().orElse(""));
            } else if (c instanceof HasValue<?, ?> v && !v.isReadOnly() && c instanceof HasEnabled e && e.isEnabled()) {
                found.add("field:" + c.getId().orElse(c.getClass().getSimpleName()));
            }
        }
        return found;
    }
}
