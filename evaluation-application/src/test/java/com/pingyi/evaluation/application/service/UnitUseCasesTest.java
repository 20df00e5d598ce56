package com.pingyi.evaluation.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pingyi.evaluation.application.fakes.InMemoryAudit;
import com.pingyi.evaluation.application.fakes.InMemoryUnitRegistry;
import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.application.port.in.unit.LinkPredecessors;
import com.pingyi.evaluation.application.port.in.unit.ListUnits;
import com.pingyi.evaluation.application.port.in.unit.RegisterUnit;
import com.pingyi.evaluation.application.port.in.unit.RenameUnit;
import com.pingyi.evaluation.application.port.in.unit.UnitRef;
import com.pingyi.evaluation.application.readmodel.RegisteredUnitView;
import com.pingyi.evaluation.application.service.unit.UnitServices;
import com.pingyi.evaluation.domain.shared.ConcurrentChangeException;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UnitUseCasesTest {

    private final InMemoryUnitRegistry registry = new InMemoryUnitRegistry();
    private final InMemoryAudit audit = new InMemoryAudit();
    private final UnitServices units = new UnitServices(registry, audit.trail());

    @Test
    void registers_renames_and_links_a_merged_district_keeping_its_identity() {
        RegisteredUnitView zhabei = units.registerUnit().registerUnit(new RegisterUnit("闸北区教育局"));
        RegisteredUnitView jingan = units.registerUnit().registerUnit(new RegisterUnit("静安区教育局 "));
        RegisteredUnitView linked = units.linkPredecessors().linkPredecessors(
                new LinkPredecessors(new UnitRef(jingan.id(), jingan.version()), Set.of(zhabei.id())));
        RegisteredUnitView renamed = units.renameUnit().renameUnit(new RenameUnit(new UnitRef(jingan.id(), linked.version()), "静安区教育局（合并后）"));

        assertThat(renamed.id()).isEqualTo(jingan.id());
        assertThat(renamed.predecessors()).containsExactly(zhabei.id());
        assertThat(renamed.version()).isEqualTo(3);
        assertThat(audit.records()).extracting(r -> r.useCase())
                .containsExactly("RegisterUnit", "RegisterUnit", "LinkPredecessors", "RenameUnit");
        assertThat(audit.records().getLast().before()).contains("静安区教育局\"");
        assertThat(audit.records().getLast().after()).contains("合并后");
        assertThat(units.listUnits().listUnits(new ListUnits("静安", PageRequest.first(10))).items())
                .extracting(RegisteredUnitView::name).containsExactly("静安区教育局（合并后）");
    }

    @Test
    void refuses_a_second_unit_of_the_same_name_an_unknown_predecessor_and_a_stale_copy() {
        RegisteredUnitView huangpu = units.registerUnit().registerUnit(new RegisterUnit("黄浦区教育局"));
        UnitRef ref = new UnitRef(huangpu.id(), huangpu.version());

        assertThatThrownBy(() -> units.registerUnit().registerUnit(new RegisterUnit("黄浦区教育局")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("unit.name-taken"));
        assertThatThrownBy(() -> units.linkPredecessors().linkPredecessors(new LinkPredecessors(ref, Set.of(UnitId.newId()))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("unit.not-registered"));
        assertThatThrownBy(() -> units.linkPredecessors().linkPredecessors(new LinkPredecessors(ref, Set.of(huangpu.id()))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("unit.successor.self"));
        units.renameUnit().renameUnit(new RenameUnit(ref, "黄浦区教育局（新）"));
        assertThatThrownBy(() -> units.renameUnit().renameUnit(new RenameUnit(ref, "黄浦")))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> units.registerUnit().registerUnit(new RegisterUnit(" ")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("unit.name.required"));

        assertThat(audit.records()).extracting(r -> r.useCase()).containsExactly("RegisterUnit", "RenameUnit");
    }
}
