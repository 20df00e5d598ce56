package com.pingyi.evaluation.application.service.result;

import com.pingyi.evaluation.application.port.in.paging.Page;
import com.pingyi.evaluation.application.port.in.result.ExplainResult;
import com.pingyi.evaluation.application.port.in.result.ExplainResultUseCase;
import com.pingyi.evaluation.application.port.in.result.ListMissingScores;
import com.pingyi.evaluation.application.port.in.result.ListMissingScoresUseCase;
import com.pingyi.evaluation.application.port.in.result.ListPublications;
import com.pingyi.evaluation.application.port.in.result.ListPublicationsUseCase;
import com.pingyi.evaluation.application.port.in.result.ListResults;
import com.pingyi.evaluation.application.port.in.result.ListResultsUseCase;
import com.pingyi.evaluation.application.port.in.result.PreviewNotice;
import com.pingyi.evaluation.application.port.in.result.PreviewNoticeUseCase;
import com.pingyi.evaluation.application.port.in.result.UnitHistoryUseCase;
import com.pingyi.evaluation.application.port.out.FindRoundsOfUnitsPort;
import com.pingyi.evaluation.application.port.out.LoadRoundPort;
import com.pingyi.evaluation.application.port.out.ResultsSnapshotPort;
import com.pingyi.evaluation.application.port.out.UnitRegistryPort;
import com.pingyi.evaluation.application.readmodel.PublishedVersion;
import com.pingyi.evaluation.application.readmodel.RankedUnitView;
import com.pingyi.evaluation.application.readmodel.UnitExplanation;
import com.pingyi.evaluation.domain.notice.Notice;
import com.pingyi.evaluation.domain.result.RoundResults;
import com.pingyi.evaluation.domain.result.UnitResult;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.round.RoundStatus;
import com.pingyi.evaluation.domain.score.MissingScore;
import com.pingyi.evaluation.domain.shared.DomainException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read-only questions about a round's results. Results are always the domain's: from the
 * stored snapshot of a closed or published round, otherwise computed from the current scores.
 * The nested services are not final: Spring subclasses them to add transactions and permission checks.
 */
public final class ResultQueries {

    private final LoadRoundPort load;
    private final ResultsSnapshotPort snapshot;

    public ResultQueries(LoadRoundPort load, ResultsSnapshotPort snapshot) {
        this.load = load;
        this.snapshot = snapshot;
    }

    public ListResultsUseCase listResults() {
        return new ListResultsService(this);
    }

    public ExplainResultUseCase explainResult() {
        return new ExplainResultService(this);
    }

    public ListMissingScoresUseCase listMissingScores() {
        return new ListMissingScoresService(this);
    }

    public PreviewNoticeUseCase previewNotice() {
        return new PreviewNoticeService(this);
    }

    public ListPublicationsUseCase listPublications() {
        return new ListPublicationsService(this);
    }

    public UnitHistoryUseCase unitHistory(UnitRegistryPort registry, FindRoundsOfUnitsPort findRounds) {
        return new UnitHistoryService(registry, findRounds, load);
    }

    EvaluationRound round(RoundId id) {
        return load.loadRound(id).orElseThrow(() -> new DomainException("round.not-found", id));
    }

    static boolean settled(EvaluationRound round) {
        return round.status() == RoundStatus.CLOSED || round.status() == RoundStatus.PUBLISHED;
    }

    /**
     * The notice of a round: a published version as it was issued (null = the latest), else as it would be
     * published on the date. The preview and the documents both take the notice from here, so that what is
     * downloaded is what was shown.
     */
    public static Notice noticeOf(EvaluationRound round, LocalDate on, Integer version) {
        if (round.status() == RoundStatus.PUBLISHED) {
            if (version == null) {
                return round.publications().getLast().notice();
            }
            return round.publications().stream().filter(p -> p.version() == version).findFirst()
                    .orElseThrow(() -> new DomainException("notice.version-unknown", version, round.publications().size()))
                    .notice();
        }
        return round.previewNotice(on);
    }

    /** Ranked units first (rank, then registry order), unrated ones after: the snapshot's order too. */
    static List<RankedUnitView> views(RoundResults results) {
        List<RankedUnitView> views = new ArrayList<>();
        for (UnitResult r : results.ranked()) {
            views.add(new RankedUnitView(r.unitId(), r.unit().name(), r.registryIndex(), r.rank(), r.rate().percent(),
                    r.band().label(), r.band().namedInNotice(), r.vetoed()));
        }
        for (RoundResults.Unrated u : results.unrated()) {
            views.add(new RankedUnitView(u.unit().id(), u.unit().name(), u.registryIndex(), null, null, null, false, false));
        }
        return views;
    }

    private static class ListResultsService implements ListResultsUseCase {
        private final ResultQueries q;

        ListResultsService(ResultQueries q) {
            this.q = q;
        }

        @Override
        @Transactional(readOnly = true)
        public Page<RankedUnitView> listResults(ListResults query) {
            // The snapshot first: a closed or published round always has one, and a page of it is
            // served without loading the round's scores (quality.md P4).
            Page<RankedUnitView> stored = q.snapshot.loadResults(query.round(), query.page());
            if (stored.total() > 0) {
                return stored;
            }
            List<RankedUnitView> all = views(q.round(query.round()).results());
            int from = Math.min(query.page().offset(), all.size());
            return new Page<>(all.subList(from, Math.min(from + query.page().limit(), all.size())), all.size());
        }
    }

    private static class ExplainResultService implements ExplainResultUseCase {
        private final ResultQueries q;

        ExplainResultService(ResultQueries q) {
            this.q = q;
        }

        @Override
        @Transactional(readOnly = true)
        public UnitExplanation explainResult(ExplainResult query) {
            UnitResult r = q.round(query.round()).results().of(query.unit());
            return new UnitExplanation(r.unitId(), r.unit().name(), r.rate().percent(), r.band().label(), r.rank(), r.vetoed(),
                    r.explanation(), r.selfInspectionGap());
        }
    }

    private static class ListMissingScoresService implements ListMissingScoresUseCase {
        private final ResultQueries q;

        ListMissingScoresService(ResultQueries q) {
            this.q = q;
        }

        @Override
        @Transactional(readOnly = true)
        public Page<MissingScore> listMissingScores(ListMissingScores query) {
            List<MissingScore> all = q.round(query.round()).missingScores();
            int from = Math.min(query.page().offset(), all.size());
            return new Page<>(all.subList(from, Math.min(from + query.page().limit(), all.size())), all.size());
        }
    }

    private static class PreviewNoticeService implements PreviewNoticeUseCase {
        private final ResultQueries q;

        PreviewNoticeService(ResultQueries q) {
            this.q = q;
        }

        @Override
        @Transactional(readOnly = true)
        public Notice previewNotice(PreviewNotice query) {
            return noticeOf(q.round(query.round()), query.on(), query.version());
        }
    }

    private static class ListPublicationsService implements ListPublicationsUseCase {
        private final ResultQueries q;

        ListPublicationsService(ResultQueries q) {
            this.q = q;
        }

        @Override
        @Transactional(readOnly = true)
        public List<PublishedVersion> listPublications(ListPublications query) {
            return q.round(query.round()).publications().stream()
                    .map(p -> new PublishedVersion(p.version(), p.publishedOn(), p.correctionReason(), p.corrections().size()))
                    .toList();
        }
    }
}
