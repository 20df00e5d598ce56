package com.pingyi.evaluation.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.pingyi.evaluation.application.fakes.InMemoryUnitRegistry;
import com.pingyi.evaluation.application.port.in.result.UnitHistory;
import com.pingyi.evaluation.application.port.in.result.UnitHistoryUseCase;
import com.pingyi.evaluation.domain.demo.Shanghai2019DemoRound;
import com.pingyi.evaluation.domain.result.YearOverYear;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.round.EvaluationYear;
import com.pingyi.evaluation.domain.unit.EvaluatedUnit;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnitHistoryTest {

    private final RoundFixture f = new RoundFixture();
    private final InMemoryUnitRegistry registry = new InMemoryUnitRegistry();
    private final UnitHistoryUseCase history = f.queries.unitHistory(registry,
            units -> f.rounds.all().stream().filter(r -> r.units().stream().anyMatch(u -> units.contains(u.id())))
                    .map(EvaluationRound::id).toList());

    @Test
    void a_unit_has_its_figures_of_every_settled_round_and_a_successor_inherits_them() {
        f.store(Shanghai2019DemoRound.published());
        f.store(EvaluationRound.draft(EvaluationYear.of(2020), "2020年度评议（草稿）"));
        UnitId huangpu = Shanghai2019DemoRound.unitId("黄浦");
        registry.saveUnit(EvaluatedUnit.of(huangpu, "黄浦区教育局"), 0);
        EvaluatedUnit successor = EvaluatedUnit.draft("新黄浦区教育局").succeeding(huangpu);
        registry.saveUnit(successor, 0);

        List<YearOverYear.YearFigures> own = history.unitHistory(new UnitHistory(huangpu));
        List<YearOverYear.YearFigures> inherited = history.unitHistory(new UnitHistory(successor.id()));

        assertThat(own).singleElement().satisfies(y -> {
            assertThat(y.year()).isEqualTo(EvaluationYear.of(2019));
            assertThat(y.band()).isEqualTo("优秀");
            assertThat(y.rank()).isEqualTo(1);
            assertThat(y.unitsRanked()).isEqualTo(16);
        });
        assertThat(inherited).singleElement().satisfies(y -> assertThat(y.foundAs()).isEqualTo(huangpu));
    }

    @Test
    void rounds_without_the_unit_do_not_count() {
        f.store(Shanghai2019DemoRound.published());
        EvaluatedUnit stranger = EvaluatedUnit.draft("外省教育厅");
        registry.saveUnit(stranger, 0);

        assertThat(history.unitHistory(new UnitHistory(stranger.id()))).isEmpty();
    }
}
