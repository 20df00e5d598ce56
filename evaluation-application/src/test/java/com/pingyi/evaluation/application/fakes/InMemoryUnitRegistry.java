package com.pingyi.evaluation.application.fakes;

import com.pingyi.evaluation.application.port.in.paging.Page;
import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.application.port.out.UnitRegistryPort;
import com.pingyi.evaluation.application.readmodel.RegisteredUnitView;
import com.pingyi.evaluation.domain.shared.ConcurrentChangeException;
import com.pingyi.evaluation.domain.unit.EvaluatedUnit;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The unit registry in a map, with the adapter's version check. */
public class InMemoryUnitRegistry implements UnitRegistryPort {

    private final Map<UnitId, RegisteredUnitView> units = new LinkedHashMap<>();

    @Override
    public Optional<RegisteredUnitView> findUnit(UnitId id) {
        return Optional.ofNullable(units.get(id));
    }

    @Override
    public Optional<RegisteredUnitView> findUnitNamed(String name) {
        return units.values().stream().filter(u -> u.name().equals(name)).findFirst();
    }

    @Override
    public Page<RegisteredUnitView> searchUnits(String search, PageRequest page) {
        List<RegisteredUnitView> all = units.values().stream()
                .filter(u -> search == null || search.isBlank() || u.name().contains(search.strip()))
                .sorted(Comparator.comparing(RegisteredUnitView::name)).toList();
        int from = Math.min(page.offset(), all.size());
        return new Page<>(all.subList(from, Math.min(from + page.limit(), all.size())), all.size());
    }

    @Override
    public RegisteredUnitView saveUnit(EvaluatedUnit unit, long expectedVersion) {
        long stored = Optional.ofNullable(units.get(unit.id())).map(RegisteredUnitView::version).orElse(0L);
        if (stored != expectedVersion) {
            throw new ConcurrentChangeException("unit", unit.id());
        }
        RegisteredUnitView saved = new RegisteredUnitView(unit.id(), unit.name(), unit.predecessors(), stored + 1);
        units.put(unit.id(), saved);
        return saved;
    }
}
