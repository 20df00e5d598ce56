package com.pingyi.evaluation.application.service.unit;

import com.pingyi.evaluation.application.port.in.paging.Page;
import com.pingyi.evaluation.application.port.in.unit.GetUnit;
import com.pingyi.evaluation.application.port.in.unit.GetUnitUseCase;
import com.pingyi.evaluation.application.port.in.unit.LinkPredecessors;
import com.pingyi.evaluation.application.port.in.unit.LinkPredecessorsUseCase;
import com.pingyi.evaluation.application.port.in.unit.ListUnits;
import com.pingyi.evaluation.application.port.in.unit.ListUnitsUseCase;
import com.pingyi.evaluation.application.port.in.unit.RegisterUnit;
import com.pingyi.evaluation.application.port.in.unit.RegisterUnitUseCase;
import com.pingyi.evaluation.application.port.in.unit.RenameUnit;
import com.pingyi.evaluation.application.port.in.unit.RenameUnitUseCase;
import com.pingyi.evaluation.application.port.in.unit.UnitRef;
import com.pingyi.evaluation.application.port.out.UnitRegistryPort;
import com.pingyi.evaluation.application.readmodel.RegisteredUnitView;
import com.pingyi.evaluation.application.service.audit.AuditTrail;
import com.pingyi.evaluation.domain.shared.ConcurrentChangeException;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.unit.EvaluatedUnit;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.springframework.transaction.annotation.Transactional;

/**
 * The unit registry's use cases; each command is audited once, in its transaction. The nested
 * services are not final: Spring subclasses them to add transactions and permission checks.
 */
public final class UnitServices {

    static final String AGGREGATE = "EvaluatedUnit";

    private final UnitRegistryPort registry;
    private final AuditTrail audit;

    public UnitServices(UnitRegistryPort registry, AuditTrail audit) {
        this.registry = registry;
        this.audit = audit;
    }

    public RegisterUnitUseCase registerUnit() {
        return new Register(this);
    }

    public RenameUnitUseCase renameUnit() {
        return new Rename(this);
    }

    public LinkPredecessorsUseCase linkPredecessors() {
        return new Link(this);
    }

    public ListUnitsUseCase listUnits() {
        return new ListAll(this);
    }

    public GetUnitUseCase getUnit() {
        return new GetOne(this);
    }

    private RegisteredUnitView change(UnitRef ref, String useCase, UnaryOperator<EvaluatedUnit> change) {
        RegisteredUnitView current = registry.findUnit(ref.id()).orElseThrow(() -> new DomainException("unit.not-registered", ref.id()));
        if (current.version() != ref.version()) {
            throw new ConcurrentChangeException(AGGREGATE, ref.id());
        }
        EvaluatedUnit changed = change.apply(new EvaluatedUnit(current.id(), current.name(), current.predecessors()));
        requireNameFree(changed.name(), changed.id());
        RegisteredUnitView saved = registry.saveUnit(changed, current.version());
        audit.record(useCase, AGGREGATE, saved.id(), snapshot(current), snapshot(saved));
        return saved;
    }

    private void requireNameFree(String name, UnitId self) {
        registry.findUnitNamed(name).filter(other -> !other.id().equals(self)).ifPresent(other -> {
            throw new DomainException("unit.name-taken", name);
        });
    }

    private static Map<String, Object> snapshot(RegisteredUnitView unit) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", unit.id().toString());
        s.put("name", unit.name());
        s.put("predecessors", unit.predecessors().stream().map(Object::toString).sorted().toList());
        s.put("version", unit.version());
        return s;
    }

    private static class Register implements RegisterUnitUseCase {
        private final UnitServices s;

        Register(UnitServices s) {
            this.s = s;
        }

        @Override
        @Transactional
        public RegisteredUnitView registerUnit(RegisterUnit command) {
            EvaluatedUnit unit = EvaluatedUnit.draft(command.name());
            s.requireNameFree(unit.name(), unit.id());
            RegisteredUnitView saved = s.registry.saveUnit(unit, 0);
            s.audit.record("RegisterUnit", AGGREGATE, saved.id(), null, snapshot(saved));
            return saved;
        }
    }

    private static class Rename implements RenameUnitUseCase {
        private final UnitServices s;

        Rename(UnitServices s) {
            this.s = s;
        }

        @Override
        @Transactional
        public RegisteredUnitView renameUnit(RenameUnit command) {
            return s.change(command.unit(), "RenameUnit", u -> new EvaluatedUnit(u.id(), command.name(), u.predecessors()));
        }
    }

    private static class Link implements LinkPredecessorsUseCase {
        private final UnitServices s;

        Link(UnitServices s) {
            this.s = s;
        }

        @Override
        @Transactional
        public RegisteredUnitView linkPredecessors(LinkPredecessors command) {
            for (UnitId predecessor : command.predecessors()) {
                s.registry.findUnit(predecessor).orElseThrow(() -> new DomainException("unit.not-registered", predecessor));
            }
            return s.change(command.unit(), "LinkPredecessors",
                    u -> u.succeeding(command.predecessors().toArray(UnitId[]::new)));
        }
    }

    private static class ListAll implements ListUnitsUseCase {
        private final UnitServices s;

        ListAll(UnitServices s) {
            this.s = s;
        }

        @Override
        @Transactional(readOnly = true)
        public Page<RegisteredUnitView> listUnits(ListUnits query) {
            return s.registry.searchUnits(query.search(), query.page());
        }
    }

    private static class GetOne implements GetUnitUseCase {
        private final UnitServices s;

        GetOne(UnitServices s) {
            this.s = s;
        }

        @Override
        @Transactional(readOnly = true)
        public RegisteredUnitView getUnit(GetUnit query) {
            return s.registry.findUnit(query.unit()).orElseThrow(() -> new DomainException("unit.not-registered", query.unit()));
        }
    }
}
