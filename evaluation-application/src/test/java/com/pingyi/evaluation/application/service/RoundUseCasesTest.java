package com.pingyi.evaluation.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.pingyi.evaluation.application.fakes.InMemoryAudit;
import com.pingyi.evaluation.application.fakes.InMemoryResults;
import com.pingyi.evaluation.application.fakes.InMemoryRounds;
import com.pingyi.evaluation.application.fakes.InMemoryUnitRegistry;
import com.pingyi.evaluation.application.port.in.demo.InstallDemoDataUseCase;
import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.application.port.in.round.ListRounds;
import com.pingyi.evaluation.application.port.in.round.RoundFilter;
import com.pingyi.evaluation.application.port.in.round.ListRoundsUseCase;
import com.pingyi.evaluation.application.readmodel.RoundSummary;
import com.pingyi.evaluation.application.service.demo.DemoServices;
import com.pingyi.evaluation.application.service.round.RoundServices;
import com.pingyi.evaluation.domain.demo.Shanghai2019DemoRound;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.round.EvaluationYear;
import com.pingyi.evaluation.domain.round.RoundStatus;
import org.junit.jupiter.api.Test;

class RoundUseCasesTest {

    private final InMemoryRounds rounds = new InMemoryRounds();
    private final ListRoundsUseCase listRounds = RoundServices.listRounds(rounds);
    private final InMemoryAudit audit = new InMemoryAudit();
    private final InMemoryResults results = new InMemoryResults();
    private final InMemoryUnitRegistry registry = new InMemoryUnitRegistry();
    private final InstallDemoDataUseCase installDemoData = DemoServices.installDemoData(rounds, rounds, results, registry, audit.trail());

    @Test
    void lists_rounds_newest_year_first_as_read_models_one_page_at_a_time() {
        rounds.saveRound(EvaluationRound.draft(EvaluationYear.of(2018), "2018年度评议"));
        rounds.saveRound(EvaluationRound.draft(EvaluationYear.of(2020), "2020年度评议"));
        rounds.saveRound(EvaluationRound.draft(EvaluationYear.of(2019), "2019年度评议"));

        var first = listRounds.listRounds(new ListRounds(new PageRequest(0, 2)));
        var second = listRounds.listRounds(new ListRounds(new PageRequest(2, 2)));

        assertThat(first.total()).isEqualTo(3);
        assertThat(first.items()).extracting(RoundSummary::year).containsExactly(2020, 2019);
        assertThat(second.items()).extracting(RoundSummary::title).containsExactly("2018年度评议");
        assertThat(second.items().getFirst().status()).isEqualTo(RoundStatus.DRAFT);
    }

    @Test
    void lists_only_the_rounds_of_the_year_and_status_asked_for() {
        installDemoData.installDemoData();
        rounds.saveRound(EvaluationRound.draft(EvaluationYear.of(2018), "2018年度评议"));
        rounds.saveRound(EvaluationRound.draft(EvaluationYear.of(2020), "2020年度评议"));

        var of2019 = listRounds.listRounds(new ListRounds(PageRequest.first(10), new RoundFilter(2019, null)));
        var drafts = listRounds.listRounds(new ListRounds(PageRequest.first(10), new RoundFilter(null, RoundStatus.DRAFT)));
        var published2018 = listRounds.listRounds(new ListRounds(PageRequest.first(10), new RoundFilter(2018, RoundStatus.PUBLISHED)));

        assertThat(of2019.items()).extracting(RoundSummary::year).containsExactly(2019);
        assertThat(drafts.items()).extracting(RoundSummary::year).containsExactly(2020, 2018);
        assertThat(drafts.total()).isEqualTo(2);
        assertThat(published2018.items()).isEmpty();
        assertThat(published2018.total()).isZero();
    }

    @Test
    void installs_the_2019_demo_round_on_an_empty_database_only_once() {
        assertThat(installDemoData.installDemoData()).isEqualTo(InstallDemoDataUseCase.Outcome.INSTALLED);
        assertThat(installDemoData.installDemoData()).isEqualTo(InstallDemoDataUseCase.Outcome.SKIPPED_DATABASE_NOT_EMPTY);

        assertThat(rounds.all()).singleElement().satisfies(round -> {
            assertThat(round.year().value()).isEqualTo(2019);
            assertThat(round.title()).isEqualTo(Shanghai2019DemoRound.TITLE);
            assertThat(round.status()).isEqualTo(RoundStatus.PUBLISHED);
            assertThat(round.units()).hasSize(16);
            assertThat(results.has(round.id())).isTrue();
        });
        assertThat(registry.searchUnits(null, com.pingyi.evaluation.application.port.in.paging.PageRequest.first(50)).total()).isEqualTo(16);
        assertThat(audit.records()).singleElement().satisfies(entry -> {
            assertThat(entry.useCase()).isEqualTo("InstallDemoData");
            assertThat(entry.aggregateId()).isEqualTo(rounds.all().getFirst().id().toString());
            assertThat(entry.after()).contains("\"year\":2019");
        });
    }

    @Test
    void never_mixes_demo_data_into_a_database_that_holds_real_rounds() {
        rounds.saveRound(EvaluationRound.draft(EvaluationYear.of(2024), "2024年度评议"));

        assertThat(installDemoData.installDemoData()).isEqualTo(InstallDemoDataUseCase.Outcome.SKIPPED_DATABASE_NOT_EMPTY);
        assertThat(rounds.all()).extracting(r -> r.year().value()).containsExactly(2024);
        assertThat(audit.records()).isEmpty();
    }
}
