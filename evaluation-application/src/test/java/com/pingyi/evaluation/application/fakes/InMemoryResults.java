package com.pingyi.evaluation.application.fakes;

import com.pingyi.evaluation.application.port.in.paging.Page;
import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.application.port.out.ResultsSnapshotPort;
import com.pingyi.evaluation.application.readmodel.RankedUnitView;
import com.pingyi.evaluation.domain.result.RoundResults;
import com.pingyi.evaluation.domain.result.UnitResult;
import com.pingyi.evaluation.domain.round.RoundId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Results snapshots in a map, in the adapter's order: ranked units by rank, then the unrated. */
public class InMemoryResults implements ResultsSnapshotPort {

    private final Map<RoundId, List<RankedUnitView>> snapshots = new HashMap<>();

    @Override
    public void replaceResults(RoundId round, RoundResults results) {
        List<RankedUnitView> rows = new ArrayList<>();
        for (UnitResult r : results.ranked()) {
            rows.add(new RankedUnitView(r.unitId(), r.unit().name(), r.registryIndex(), r.rank(), r.rate().percent(),
                    r.band().label(), r.band().namedInNotice(), r.vetoed()));
        }
        for (RoundResults.Unrated u : results.unrated()) {
            rows.add(new RankedUnitView(u.unit().id(), u.unit().name(), u.registryIndex(), null, null, null, false, false));
        }
        snapshots.put(round, rows);
    }

    @Override
    public Page<RankedUnitView> loadResults(RoundId round, PageRequest page) {
        List<RankedUnitView> rows = snapshots.getOrDefault(round, List.of());
        int from = Math.min(page.offset(), rows.size());
        return new Page<>(rows.subList(from, Math.min(from + page.limit(), rows.size())), rows.size());
    }

    @Override
    public void deleteResults(RoundId round) {
        snapshots.remove(round);
    }

    public boolean has(RoundId round) {
        return snapshots.containsKey(round);
    }
}
