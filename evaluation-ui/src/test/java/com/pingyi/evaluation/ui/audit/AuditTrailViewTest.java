package com.pingyi.evaluation.ui.audit;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.pingyi.evaluation.application.port.in.audit.QueryAuditTrail;
import com.pingyi.evaluation.application.port.in.audit.QueryAuditTrailUseCase;
import com.pingyi.evaluation.application.port.in.paging.Page;
import com.pingyi.evaluation.application.port.in.round.GetRoundUseCase;
import com.pingyi.evaluation.application.readmodel.AuditEntryView;
import com.pingyi.evaluation.application.readmodel.RoundState;
import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.round.RoundStatus;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.ui.support.KaribuSpringSupport;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.LocalDate;
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

/** The audit trail against a fake use case: what it lists, the filters it sends, the before and after of an entry. */
@SpringBootTest(properties = {"pingyi.demo-data.enabled=false", "spring.datasource.url=jdbc:h2:mem:audit-view;DB_CLOSE_DELAY=-1"})
class AuditTrailViewTest {

    static final AuditEntryView RECORDED = new AuditEntryView(7, Instant.parse("2020-04-10T02:30:00Z"), "admin", "RecordScore",
            "EvaluationRound", "r-2019", "{\"points\":\"17\"}", "{\"points\":\"18\"}");

    static final RoundId ROUND_2019 = RoundId.newId();

    static class FakeAudit implements QueryAuditTrailUseCase {
        final List<QueryAuditTrail> asked = new CopyOnWriteArrayList<>();

        @Override
        public Page<AuditEntryView> queryAuditTrail(QueryAuditTrail query) {
            asked.add(query);
            return new Page<>(query.page().offset() == 0 ? List.of(RECORDED) : List.of(), 1);
        }
    }

    @TestConfiguration
    static class Fakes {
        static final FakeAudit FAKE = new FakeAudit();

        @Bean @Primary QueryAuditTrailUseCase fakeQueryAuditTrail() {
            return FAKE::queryAuditTrail;
        }

        /** The one round there is; any other id is unknown, as the real use case says. */
        @Bean @Primary GetRoundUseCase fakeGetRound() {
            return query -> {
                if (!query.round().equals(ROUND_2019)) {
                    throw new DomainException("round.not-found", query.round());
                }
                return new RoundState(ROUND_2019, 2019, "2019年度上海市各区教育局政务公开评议（演示）", RoundStatus.PUBLISHED, 3);
            };
        }
    }

    @Autowired
    ApplicationContext context;

    final FakeAudit fake = Fakes.FAKE;

    @BeforeEach
    void setUp() {
        fake.asked.clear();
        KaribuSpringSupport.setUp(context);
        KaribuSpringSupport.signIn("auditor", "AUDITOR");
    }

    @AfterEach
    void tearDown() {
        KaribuSpringSupport.tearDown();
    }

    @Test
    void lists_every_change_with_its_operation_named_in_chinese_and_shows_before_and_after() {
        UI.getCurrent().navigate(AuditTrailView.class);

        Grid<AuditEntryView> grid = grid();
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormatted(grid, 0, "actor")).isEqualTo("admin");
        assertThat(GridKt._getFormatted(grid, 0, "useCase")).isEqualTo("录入评分");
        assertThat(GridKt._getFormatted(grid, 0, "at")).isEqualTo("2020-04-10 10:30:00");
        // The details row is rendered by the browser on demand: ask the view for what it would show.
        assertThat(_get(AuditTrailView.class).details(RECORDED).getChildren().filter(Pre.class::isInstance).map(c -> ((Pre) c).getText()))
                .containsExactly("{\"points\":\"17\"}", "{\"points\":\"18\"}");
        assertThat(fake.asked).allSatisfy(q -> assertThat(q.page().limit()).isLessThanOrEqualTo(500));
        // The CSV is the record of one round: offered only once the trail is narrowed to a round.
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("audit-download-csv"))).isEmpty();
    }

    @Test
    void sends_the_filters_who_what_and_which_days_in_shanghai_time() {
        UI.getCurrent().navigate(AuditTrailView.class);
        _get(TextField.class, spec -> spec.withId("audit-filter-actor")).setValue(" admin ");
        @SuppressWarnings("unchecked")
        ComboBox<String> operation = _get(ComboBox.class, spec -> spec.withId("audit-filter-use-case"));
        assertThat(operation.getItemLabelGenerator().apply("PublishRound")).isEqualTo("发布评议结果");
        operation.setValue("PublishRound");
        _get(DatePicker.class, spec -> spec.withId("audit-filter-from")).setValue(LocalDate.of(2020, 4, 1));
        _get(DatePicker.class, spec -> spec.withId("audit-filter-to")).setValue(LocalDate.of(2020, 4, 16));
        GridKt._size(grid());

        assertThat(fake.asked.getLast().filter()).satisfies(f -> {
            assertThat(f.actor()).isEqualTo("admin");
            assertThat(f.useCase()).isEqualTo("PublishRound");
            assertThat(f.from()).isEqualTo(Instant.parse("2020-03-31T16:00:00Z"));
            assertThat(f.to()).isEqualTo(Instant.parse("2020-04-16T16:00:00Z"));
            assertThat(f.aggregateId()).isNull();
        });
    }

    @Test
    void a_round_link_narrows_the_trail_to_that_round() {
        UI.getCurrent().navigate(AuditTrailView.class, com.vaadin.flow.router.QueryParameters.of("round", "r-2019"));
        GridKt._size(grid());

        assertThat(fake.asked.getLast().filter().aggregateType()).isEqualTo("EvaluationRound");
        assertThat(fake.asked.getLast().filter().aggregateId()).isEqualTo("r-2019");
        assertThat(_get(Span.class, spec -> spec.withId("audit-round-only")).getText()).isEqualTo("仅限轮次 r-2019");
        com.vaadin.flow.component.html.Anchor csv = _get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("audit-download-csv"));
        assertThat(csv.isVisible()).isTrue();
        assertThat(csv.getText()).isEqualTo("下载本轮审计记录（CSV）");
        assertThat(csv.isDownload()).isTrue();
    }

    @Test
    void the_round_the_trail_is_narrowed_to_is_named_by_its_title() {
        UI.getCurrent().navigate(AuditTrailView.class, com.vaadin.flow.router.QueryParameters.of("round", ROUND_2019.toString()));

        assertThat(_get(Span.class, spec -> spec.withId("audit-round-only")).getText())
                .isEqualTo("仅限轮次 2019年度上海市各区教育局政务公开评议（演示）");
    }

    @SuppressWarnings("unchecked")
    private static Grid<AuditEntryView> grid() {
        return _get(Grid.class, spec -> spec.withId("audit-grid"));
    }
}
