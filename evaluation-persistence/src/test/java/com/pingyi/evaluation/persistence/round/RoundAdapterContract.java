package com.pingyi.evaluation.persistence.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.application.readmodel.RoundSummary;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.round.EvaluationYear;
import com.pingyi.evaluation.domain.round.RoundStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import com.pingyi.evaluation.domain.shared.ConcurrentChangeException;
import org.springframework.transaction.support.TransactionTemplate;

/** What the round adapter must do on every database it supports. */
abstract class RoundAdapterContract {

    @Autowired
    RoundPersistenceAdapter adapter;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void stores_a_round_and_reads_it_back_equal() {
        EvaluationRound draft = EvaluationRound.draft(EvaluationYear.of(2019), "2019年度上海市各区教育局政务公开评议");

        EvaluationRound stored = transactions.execute(tx -> adapter.saveRound(draft));
        var page = transactions.execute(tx -> adapter.loadRoundSummaries(new PageRequest(0, 50)));

        assertThat(stored.id()).isEqualTo(draft.id());
        assertThat(page.items()).anySatisfy(round -> {
            assertThat(round.id()).isEqualTo(draft.id());
            assertThat(round.year()).isEqualTo(draft.year().value());
            assertThat(round.title()).isEqualTo(draft.title());
            assertThat(round.status()).isEqualTo(RoundStatus.DRAFT);
        });
    }

    @Test
    void pages_rounds_newest_year_first_at_any_offset() {
        transactions.executeWithoutResult(tx -> {
            for (int year = 2010; year <= 2016; year++) {
                adapter.saveRound(EvaluationRound.draft(EvaluationYear.of(year), "页测试 " + year));
            }
        });
        long total = transactions.execute(tx -> adapter.countRounds());

        var page = transactions.execute(tx -> adapter.loadRoundSummaries(new PageRequest(1, 3)));

        assertThat(page.total()).isEqualTo(total);
        assertThat(page.items()).hasSize(3);
        assertThat(page.items()).extracting(r -> r.year()).isSortedAccordingTo((a, b) -> b - a);
    }

    @Test
    void refuses_a_save_from_a_stale_copy() {
        EvaluationRound stored = transactions.execute(tx -> adapter.saveRound(
                EvaluationRound.draft(EvaluationYear.of(2021), "并发测试")));
        EvaluationRound renamedByAlice = EvaluationRound.restore(stored.id(), stored.year(), "甲的名称", stored.status(), stored.version());
        EvaluationRound renamedByBob = EvaluationRound.restore(stored.id(), stored.year(), "乙的名称", stored.status(), stored.version());

        transactions.execute(tx -> adapter.saveRound(renamedByAlice));

        assertThatThrownBy(() -> transactions.execute(tx -> adapter.saveRound(renamedByBob)))
                .isInstanceOf(ConcurrentChangeException.class);
        var page = transactions.execute(tx -> adapter.loadRoundSummaries(new PageRequest(0, 500)));
        assertThat(page.items()).filteredOn(r -> r.id().equals(stored.id()))
                .singleElement().extracting(RoundSummary::title).isEqualTo("甲的名称");
    }
}
