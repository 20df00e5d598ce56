package com.pingyi.evaluation.application.service.dashboard;

import com.pingyi.evaluation.application.port.in.dashboard.GetDashboard;
import com.pingyi.evaluation.application.port.in.dashboard.GetDashboardUseCase;
import com.pingyi.evaluation.application.port.in.paging.Page;
import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.application.port.in.round.RoundFilter;
import com.pingyi.evaluation.application.port.out.LoadRoundPort;
import com.pingyi.evaluation.application.port.out.LoadRoundSummariesPort;
import com.pingyi.evaluation.application.port.out.RoundFiguresPort;
import com.pingyi.evaluation.application.port.out.ScoreCount;
import com.pingyi.evaluation.application.readmodel.Dashboard;
import com.pingyi.evaluation.application.readmodel.RoundSummary;
import com.pingyi.evaluation.domain.grade.GradeBand;
import com.pingyi.evaluation.domain.result.RoundResults;
import com.pingyi.evaluation.domain.result.UnitResult;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.round.RoundStatus;
import com.pingyi.evaluation.domain.scheme.Dimension;
import com.pingyi.evaluation.domain.shared.Decimals;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.shared.Weight;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rounds in progress are read as list rows (a page per status) and counted in storage, never loaded. The latest
 * published round is loaded once to let the domain compute its results (dimension rates are in no
 * snapshot), and the overview is kept for as long as the round's stored version stays the same: a
 * published round changes only by a correction, which raises the version.
 */
class GetDashboardService implements GetDashboardUseCase {

    private static final List<RoundStatus> IN_PROGRESS = List.of(RoundStatus.DRAFT, RoundStatus.OPEN, RoundStatus.CLOSED);

    private final LoadRoundSummariesPort summaries;
    private final RoundFiguresPort figures;
    private final LoadRoundPort load;

    /** The last overview computed, with the round version it was computed from. */
    private volatile Memo memo;

    private record Memo(RoundId round, long version, Dashboard.PublishedOverview overview) {
    }

    GetDashboardService(LoadRoundSummariesPort summaries, RoundFiguresPort figures, LoadRoundPort load) {
        this.summaries = summaries;
        this.figures = figures;
        this.load = load;
    }

    @Override
    @Transactional(readOnly = true)
    public Dashboard getDashboard(GetDashboard query) {
        PageRequest first = PageRequest.first(query.maxInProgress());
        List<RoundSummary> inProgress = new ArrayList<>();
        long total = 0;
        for (RoundStatus status : IN_PROGRESS) {
            Page<RoundSummary> page = summaries.loadRoundSummaries(new RoundFilter(null, status), first);
            inProgress.addAll(page.items());
            total += page.total();
        }
        // the port's own order, across the three statuses: newest year first, then by title
        inProgress.sort(Comparator.comparingInt(RoundSummary::year).reversed().thenComparing(RoundSummary::title));
        List<Dashboard.RoundProgress> progress = new ArrayList<>();
        for (RoundSummary round : inProgress.subList(0, Math.min(inProgress.size(), query.maxInProgress()))) {
            ScoreCount count = figures.countScores(round.id());
            progress.add(new Dashboard.RoundProgress(round.id(), round.year(), round.title(), round.status(), count.recorded(),
                    count.expected()));
        }
        List<RoundSummary> latest = summaries.loadRoundSummaries(new RoundFilter(null, RoundStatus.PUBLISHED),
                PageRequest.first(1)).items();
        return new Dashboard(progress, total > query.maxInProgress(), latest.isEmpty() ? null : overview(latest.getFirst().id()));
    }

    private Dashboard.PublishedOverview overview(RoundId id) {
        OptionalLong version = summaries.loadRoundHeader(id).map(h -> OptionalLong.of(h.version())).orElse(OptionalLong.empty());
        Memo known = memo;
        if (known != null && version.isPresent() && known.round().equals(id) && known.version() == version.getAsLong()) {
            return known.overview();
        }
        EvaluationRound round = load.loadRound(id).orElseThrow(() -> new DomainException("round.not-found", id));
        Dashboard.PublishedOverview overview = overview(round);
        memo = new Memo(id, round.version(), overview);
        return overview;
    }

    static Dashboard.PublishedOverview overview(EvaluationRound round) {
        RoundResults results = round.results();
        List<Dashboard.BandCount> bands = new ArrayList<>();
        for (GradeBand band : results.scale().bands()) {
            bands.add(new Dashboard.BandCount(band.label(), band.interval(), band.namedInNotice(), results.inBand(band).size()));
        }
        List<Dashboard.DimensionAverage> dimensions = new ArrayList<>();
        List<Dimension> schemeDimensions = round.scheme().map(s -> s.dimensions()).orElse(List.of());
        for (int d = 0; d < schemeDimensions.size(); d++) {
            BigDecimal sum = BigDecimal.ZERO;
            int units = 0;
            for (UnitResult unit : results.ranked()) {
                BigDecimal rate = unit.dimensionRate(d);
                if (rate != null) {
                    sum = sum.add(rate);
                    units++;
                }
            }
            Dimension dimension = schemeDimensions.get(d);
            // the mean of the exact fractions, then to percent: exact to 12 places, rounded only when shown
            BigDecimal average = units == 0 ? null : Decimals.divide(sum.multiply(Weight.HUNDRED), BigDecimal.valueOf(units));
            dimensions.add(new Dashboard.DimensionAverage(dimension.code().value(), dimension.name(), dimension.weight().percent(),
                    average, units));
        }
        return new Dashboard.PublishedOverview(round.id(), round.year().value(), round.title(), round.displayPrecision(), bands,
                results.unrated().size(), dimensions);
    }
}
