package com.pingyi.evaluation.persistence.result;

import static org.assertj.core.api.Assertions.assertThat;

import com.pingyi.evaluation.application.port.in.paging.Page;
import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.application.port.out.SaveRoundPort;
import com.pingyi.evaluation.application.readmodel.RankedUnitView;
import com.pingyi.evaluation.domain.demo.Shanghai2019DemoRound;
import com.pingyi.evaluation.domain.result.RoundResults;
import com.pingyi.evaluation.domain.result.UnitResult;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.scheme.Indicator;
import com.pingyi.evaluation.domain.score.ScoreEntry;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** What the results snapshot must do on every database it supports. */
abstract class ResultsSnapshotContract {

    @Autowired
    ResultsSnapshotAdapter snapshot;

    @Autowired
    SaveRoundPort rounds;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void pages_through_the_snapshot_in_rank_order_with_unrated_units_last_and_replaces_it_whole() {
        EvaluationRound round = Shanghai2019DemoRound.build();
        transactions.execute(tx -> rounds.saveRound(round));
        RoundResults original = round.results();
        // 宝山: nothing applies, so it is unrated
        UnitId baoshan = Shanghai2019DemoRound.unitId("宝山");
        EvaluationRound reopened = Shanghai2019DemoRound.build();
        reopened.reopen("宝山不参评");
        for (Indicator indicator : reopened.scheme().orElseThrow().indicators()) {
            if (indicator.kind().rated()) {
                reopened.recordScore(new ScoreEntry.NotApplicable(baoshan, indicator.code(), "不适用"));
            }
        }
        RoundResults withUnrated = reopened.results();
        assertThat(withUnrated.unrated()).extracting(u -> u.unit().id()).containsExactly(baoshan);

        transactions.executeWithoutResult(tx -> snapshot.replaceResults(round.id(), withUnrated));
        List<RankedUnitView> all = new ArrayList<>();
        long total = -1;
        for (int offset = 0; offset < 16; offset += 5) {
            int from = offset;
            Page<RankedUnitView> page = transactions.execute(tx -> snapshot.loadResults(round.id(), new PageRequest(from, 5)));
            all.addAll(page.items());
            total = page.total();
        }

        assertThat(total).isEqualTo(16);
        assertThat(all).hasSize(16);
        assertThat(all.subList(0, 15)).extracting(RankedUnitView::unitId)
                .containsExactlyElementsOf(withUnrated.ranked().stream().map(UnitResult::unitId).toList());
        RankedUnitView first = all.getFirst();
        UnitResult top = withUnrated.ranked().getFirst();
        assertThat(first.unitName()).isEqualTo("黄浦区教育局");
        assertThat(first.rank()).isEqualTo(1);
        assertThat(first.scoreRate()).isEqualTo(top.rate().percent());
        assertThat(first.band()).isEqualTo("优秀");
        assertThat(first.named()).isTrue();
        assertThat(first.vetoed()).isFalse();
        assertThat(first.registryIndex()).isEqualTo(top.registryIndex());
        assertThat(all).extracting(RankedUnitView::rank).first().isEqualTo(1);
        assertThat(all.subList(0, 15)).extracting(RankedUnitView::rank).isSorted();
        RankedUnitView unrated = all.getLast();
        assertThat(unrated.unitId()).isEqualTo(baoshan);
        assertThat(unrated.rank()).isNull();
        assertThat(unrated.scoreRate()).isNull();
        assertThat(unrated.band()).isNull();
        assertThat(unrated.named()).isFalse();

        transactions.executeWithoutResult(tx -> snapshot.replaceResults(round.id(), original));
        Page<RankedUnitView> replaced = transactions.execute(tx -> snapshot.loadResults(round.id(), new PageRequest(0, 50)));

        assertThat(replaced.total()).isEqualTo(16);
        assertThat(replaced.items()).extracting(RankedUnitView::unitId)
                .containsExactlyElementsOf(original.ranked().stream().map(UnitResult::unitId).toList());
        assertThat(replaced.items()).filteredOn(v -> v.unitId().equals(baoshan)).singleElement().satisfies(v -> {
            assertThat(v.rank()).isEqualTo(16);
            assertThat(v.band()).isEqualTo("不合格");
            assertThat(v.named()).isFalse();
        });
        assertThat(replaced.items()).extracting(RankedUnitView::scoreRate)
                .containsExactlyElementsOf(original.ranked().stream().map(r -> r.rate().percent()).toList());
    }

    @Test
    void equal_ranks_keep_registry_order_and_deleting_leaves_nothing() {
        EvaluationRound round = Shanghai2019DemoRound.build();
        transactions.execute(tx -> rounds.saveRound(round));
        RoundResults results = round.results();
        transactions.executeWithoutResult(tx -> snapshot.replaceResults(round.id(), results));

        Page<RankedUnitView> page = transactions.execute(tx -> snapshot.loadResults(round.id(), new PageRequest(0, 500)));
        for (int k = 1; k < page.items().size(); k++) {
            RankedUnitView a = page.items().get(k - 1);
            RankedUnitView b = page.items().get(k);
            assertThat(a.rank()).isLessThanOrEqualTo(b.rank());
            if (a.rank().equals(b.rank())) {
                assertThat(a.registryIndex()).isLessThan(b.registryIndex());
            }
        }

        transactions.executeWithoutResult(tx -> snapshot.deleteResults(round.id()));
        Page<RankedUnitView> none = transactions.execute(tx -> snapshot.loadResults(round.id(), new PageRequest(0, 50)));
        assertThat(none.total()).isZero();
        assertThat(none.items()).isEmpty();
    }
}
