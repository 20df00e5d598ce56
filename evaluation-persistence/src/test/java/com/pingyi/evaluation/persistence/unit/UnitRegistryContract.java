package com.pingyi.evaluation.persistence.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.application.readmodel.RegisteredUnitView;
import com.pingyi.evaluation.domain.shared.ConcurrentChangeException;
import com.pingyi.evaluation.domain.unit.EvaluatedUnit;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** What the unit registry adapter must do on every database it supports. */
abstract class UnitRegistryContract {

    @Autowired
    UnitRegistryAdapter adapter;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void stores_a_unit_with_its_predecessors_and_finds_it_by_id_name_and_search() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        EvaluatedUnit zhabei = EvaluatedUnit.draft("闸北区教育局" + tag);
        EvaluatedUnit jingan = EvaluatedUnit.draft("静安区教育局" + tag).succeeding(zhabei.id());

        RegisteredUnitView first = transactions.execute(tx -> adapter.saveUnit(zhabei, 0));
        RegisteredUnitView second = transactions.execute(tx -> adapter.saveUnit(jingan, 0));

        assertThat(first.version()).isEqualTo(1);
        Optional<RegisteredUnitView> byId = transactions.execute(tx -> adapter.findUnit(jingan.id()));
        assertThat(byId).contains(second);
        assertThat(second.predecessors()).containsExactly(zhabei.id());
        Optional<RegisteredUnitView> byName = transactions.execute(tx -> adapter.findUnitNamed("闸北区教育局" + tag));
        assertThat(byName).contains(first);
        var page = transactions.execute(tx -> adapter.searchUnits(tag, PageRequest.first(10)));
        assertThat(page.total()).isEqualTo(2);
        assertThat(page.items()).extracting(RegisteredUnitView::name).containsExactly("闸北区教育局" + tag, "静安区教育局" + tag);
    }

    @Test
    void a_rename_needs_the_current_version_and_a_stale_copy_is_refused() {
        EvaluatedUnit unit = EvaluatedUnit.draft("黄浦区教育局" + UUID.randomUUID().toString().substring(0, 6));
        RegisteredUnitView stored = transactions.execute(tx -> adapter.saveUnit(unit, 0));

        RegisteredUnitView renamed = transactions.execute(tx -> adapter.saveUnit(
                new EvaluatedUnit(unit.id(), unit.name() + "（新）", unit.predecessors()), stored.version()));

        assertThat(renamed.version()).isEqualTo(stored.version() + 1);
        assertThatThrownBy(() -> transactions.execute(tx -> adapter.saveUnit(
                new EvaluatedUnit(unit.id(), "乙的名称", unit.predecessors()), stored.version())))
                .isInstanceOf(ConcurrentChangeException.class);
        Optional<RegisteredUnitView> after = transactions.execute(tx -> adapter.findUnit(unit.id()));
        assertThat(after).hasValueSatisfying(u -> assertThat(u.name()).endsWith("（新）"));
    }
}
