package com.pingyi.evaluation.ui.round;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.pingyi.evaluation.application.port.in.paging.Page;
import com.pingyi.evaluation.application.port.in.round.ListRounds;
import com.pingyi.evaluation.application.port.in.round.ListRoundsUseCase;
import com.pingyi.evaluation.application.port.in.round.RoundFilter;
import com.pingyi.evaluation.application.readmodel.RoundSummary;
import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.round.RoundStatus;
import com.pingyi.evaluation.ui.i18n.TranslationProvider;
import com.pingyi.evaluation.ui.login.LoginView;
import com.pingyi.evaluation.ui.support.KaribuSpringSupport;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.html.H2;
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

/** The rounds view against a fake use case: what it shows, what it asks for, in which language. */
@SpringBootTest(properties = {"pingyi.demo-data.enabled=false", "spring.datasource.url=jdbc:h2:mem:rounds-view;DB_CLOSE_DELAY=-1"})
class RoundsViewTest {

    static final RoundSummary ROUND_2020 = new RoundSummary(RoundId.newId(), 2020, "2020年度区教育局政务公开评议", RoundStatus.DRAFT);
    static final RoundSummary ROUND_2019 = new RoundSummary(RoundId.newId(), 2019, "2019年度上海市各区教育局政务公开评议", RoundStatus.PUBLISHED);

    @TestConfiguration
    static class FakeUseCases {

        @Bean
        @Primary
        FakeListRounds fakeListRounds() {
            return new FakeListRounds();
        }
    }

    static class FakeListRounds implements ListRoundsUseCase {

        // Read through a method: the bean is a security proxy, whose own fields are empty.
        private final List<ListRounds> queries = new CopyOnWriteArrayList<>();

        List<ListRounds> queries() {
            return queries;
        }

        @Override
        public Page<RoundSummary> listRounds(ListRounds query) {
            queries.add(query);
            List<RoundSummary> all = java.util.stream.Stream.of(ROUND_2020, ROUND_2019)
                    .filter(r -> query.filter().accepts(r.year(), r.status())).toList();
            int from = Math.min(query.page().offset(), all.size());
            int to = Math.min(from + query.page().limit(), all.size());
            return new Page<>(all.subList(from, to), all.size());
        }
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    FakeListRounds fake;

    @BeforeEach
    void setUp() {
        fake.queries().clear();
        KaribuSpringSupport.setUp(context);
    }

    @AfterEach
    void tearDown() {
        KaribuSpringSupport.tearDown();
    }

    @Test
    void shows_the_rounds_from_the_use_case_in_chinese_by_default() {
        KaribuSpringSupport.signIn("admin", "ADMIN");
        UI.getCurrent().navigate(RoundsView.class);

        assertThat(_get(H2.class).getText()).isEqualTo("评议轮次");
        Grid<RoundSummary> grid = rounds();
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._get(grid, 0)).isEqualTo(ROUND_2020);
        assertThat(GridKt._get(grid, 1)).isEqualTo(ROUND_2019);
        assertThat(grid.getColumnByKey("year").getHeaderText()).isEqualTo("年度");
        assertThat(GridKt._getFormatted(grid, 1, "year")).isEqualTo("2019");
        assertThat(GridKt._getFormatted(grid, 1, "title")).isEqualTo("2019年度上海市各区教育局政务公开评议");
        RoundsView view = _get(RoundsView.class);
        assertThat(view.statusText(ROUND_2020)).isEqualTo("草稿");
        assertThat(view.statusText(ROUND_2019)).isEqualTo("已发布");
    }

    @Test
    void asks_the_use_case_for_pages_never_for_everything() {
        KaribuSpringSupport.signIn("auditor", "AUDITOR");
        UI.getCurrent().navigate(RoundsView.class);
        GridKt._size(rounds());

        assertThat(fake.queries()).isNotEmpty();
        assertThat(fake.queries()).allSatisfy(q -> assertThat(q.page().limit()).isLessThanOrEqualTo(500));
        assertThat(fake.queries()).anySatisfy(q -> assertThat(q.page().offset()).isZero());
    }

    @Test
    void filters_by_year_and_status_through_the_use_case() {
        KaribuSpringSupport.signIn("admin", "ADMIN");
        UI.getCurrent().navigate(RoundsView.class);
        IntegerField year = _get(IntegerField.class, spec -> spec.withId("rounds-filter-year"));
        @SuppressWarnings("unchecked")
        ComboBox<RoundStatus> status = _get(ComboBox.class, spec -> spec.withId("rounds-filter-status"));

        year.setValue(2019);
        assertThat(GridKt._size(rounds())).isEqualTo(1);
        assertThat(GridKt._get(rounds(), 0)).isEqualTo(ROUND_2019);
        assertThat(fake.queries().getLast().filter()).isEqualTo(new RoundFilter(2019, null));

        status.setValue(RoundStatus.DRAFT);
        assertThat(GridKt._size(rounds())).isZero();
        assertThat(fake.queries().getLast().filter()).isEqualTo(new RoundFilter(2019, RoundStatus.DRAFT));

        year.clear();
        assertThat(GridKt._size(rounds())).isEqualTo(1);
        assertThat(GridKt._get(rounds(), 0)).isEqualTo(ROUND_2020);
        assertThat(status.getItemLabelGenerator().apply(RoundStatus.CLOSED)).isEqualTo("已结束");
    }

    @Test
    void the_language_switch_turns_the_view_into_english() {
        KaribuSpringSupport.signIn("admin", "ADMIN");
        UI.getCurrent().navigate(RoundsView.class);
        Button languageSwitch = _get(Button.class, spec -> spec.withId("language-switch"));
        assertThat(languageSwitch.getText()).isEqualTo("English");

        languageSwitch.click();
        assertThat(UI.getCurrent().getLocale()).isEqualTo(TranslationProvider.ENGLISH);
        UI.getCurrent().navigate(LoginView.class);
        UI.getCurrent().navigate(RoundsView.class);

        assertThat(_get(H2.class).getText()).isEqualTo("Evaluation rounds");
        assertThat(rounds().getColumnByKey("status").getHeaderText()).isEqualTo("Status");
        assertThat(_get(RoundsView.class).statusText(ROUND_2019)).isEqualTo("Published");
        assertThat(_get(Button.class, spec -> spec.withId("language-switch")).getText()).isEqualTo("中文");
    }

    @Test
    void nobody_signed_in_is_sent_to_the_login_view() {
        UI.getCurrent().navigate(RoundsView.class);

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst()).isInstanceOf(LoginView.class);
    }

    @SuppressWarnings("unchecked")
    private static Grid<RoundSummary> rounds() {
        return _get(Grid.class, spec -> spec.withId("rounds-grid"));
    }
}
