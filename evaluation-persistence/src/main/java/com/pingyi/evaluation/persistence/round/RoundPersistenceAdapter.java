package com.pingyi.evaluation.persistence.round;

import com.pingyi.evaluation.application.port.in.paging.Page;
import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.application.port.in.round.RoundFilter;
import com.pingyi.evaluation.application.port.out.LoadRoundPort;
import com.pingyi.evaluation.application.port.out.LoadRoundSummariesPort;
import com.pingyi.evaluation.application.port.out.SaveRoundPort;
import com.pingyi.evaluation.application.readmodel.RoundState;
import com.pingyi.evaluation.application.readmodel.RoundSummary;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.round.EvaluationYear;
import com.pingyi.evaluation.domain.round.RoundContents;
import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.score.ScoreEntry;
import com.pingyi.evaluation.domain.shared.ConcurrentChangeException;
import com.pingyi.evaluation.domain.shared.Points;
import com.pingyi.evaluation.persistence.paging.OffsetPageable;
import com.pingyi.evaluation.persistence.support.Transactions;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Stores whole rounds. Runs inside the caller's transaction (the use case's); every write of one
 * save is in that transaction, so a failure rolls all of it back.
 *
 * <p>Optimistic locking: the header is updated first, {@code where id = ? and version = ?}, with the
 * version the copy was read at; no row updated means somebody saved since, and
 * {@link ConcurrentChangeException} is thrown before anything else is written. The update also
 * holds the round's row lock until commit, so two saves of one round never interleave.
 *
 * <p>Then only what changed is written: each small section (scheme, bands, units, ...) is compared
 * with what is stored and replaced whole when it differs; score entries are diffed row by row
 * ({@link ScoreEntryTable}).
 */
@Component
class RoundPersistenceAdapter implements LoadRoundPort, SaveRoundPort, LoadRoundSummariesPort {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RoundPersistenceAdapter.class);

    /** Rows fetched per round trip when streaming a round's scores. */
    static final int FETCH_SIZE = 5_000;

    private final RoundJpaRepository repository;
    private final RoundTables tables;
    private final ScoreEntryTable scores;
    private final RoundRowMapper mapper;

    RoundPersistenceAdapter(RoundJpaRepository repository, DataSource dataSource, RoundRowMapper mapper) {
        this.repository = repository;
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.setFetchSize(FETCH_SIZE);
        this.tables = new RoundTables(jdbc, mapper);
        this.scores = new ScoreEntryTable(jdbc);
        this.mapper = mapper;
    }

    /** A saved round and what the save did to its score rows. */
    record Saved(EvaluationRound round, ScoreEntryTable.Changes scoreChanges) {
    }

    @Override
    public EvaluationRound saveRound(EvaluationRound round) {
        return save(round).round();
    }

    Saved save(EvaluationRound round) {
        Transactions.requireActive("saveRound");
        long t0 = System.nanoTime();
        UUID id = round.id().value();
        RoundContents contents = round.contents();
        long t1 = System.nanoTime();
        long next = round.version() + 1;
        boolean fresh = round.version() == 0 && tables.header(id).isEmpty();
        try {
            if (fresh) {
                tables.insertHeader(round, contents, next);
            } else if (!tables.updateHeader(round, contents, round.version(), next)) {
                throw new ConcurrentChangeException("round", round.id());
            }
        } catch (DuplicateKeyException | PessimisticLockingFailureException | QueryTimeoutException busy) {
            // the same new round inserted by another save, or another save of the round holding its row:
            // H2 gives up waiting after its lock timeout ("Timeout trying to lock table", a query
            // timeout to Spring); PostgreSQL waits for the other save to commit, then updates no row
            throw new ConcurrentChangeException("round", round.id());
        }
        long t2 = System.nanoTime();
        RoundTables.Sections stored = fresh ? null : tables.loadSections(id, scores);
        tables.writeSections(id, stored, RoundTables.Sections.of(contents), scores);
        long t3 = System.nanoTime();
        ScoreEntryTable.Changes changes = scores.save(id, contents.scores(), fresh);
        long t4 = System.nanoTime();
        // the domain has no way to set a version but restore: the same contents, at the new version
        EvaluationRound saved = EvaluationRound.restore(round.id(), round.year(), round.title(), round.status(), next,
                contents);
        long t5 = System.nanoTime();
        if (LOG.isDebugEnabled()) {
            LOG.debug("saved round {} v{} in {} ms: contents() {} ms, header {} ms, sections {} ms, scores {} ms {}, restore {} ms",
                    id, next, ms(t5 - t0), ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), ms(t4 - t3), changes, ms(t5 - t4));
        }
        return new Saved(saved, changes);
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    /**
     * Reads the round in several statements; if a save commits in between (the stored version moved),
     * the parts could belong to different versions, so the read starts again. Under the default
     * READ COMMITTED isolation this is what makes a load consistent without locking the round.
     */
    @Override
    public Optional<EvaluationRound> loadRound(RoundId id) {
        for (int attempt = 1; ; attempt++) {
            Optional<RoundRows.Header> header = tables.header(id.value());
            if (header.isEmpty()) {
                return Optional.empty();
            }
            EvaluationRound round = read(id, header.get());
            long now = tables.header(id.value()).map(RoundRows.Header::version).orElse(-1L);
            if (now == header.get().version()) {
                return Optional.of(round);
            }
            if (attempt == MAX_READ_ATTEMPTS) {
                throw new ConcurrentChangeException("round", id);
            }
        }
    }

    private static final int MAX_READ_ATTEMPTS = 3;

    private EvaluationRound read(RoundId id, RoundRows.Header header) {
        RoundTables.Sections s = tables.loadSections(header.id(), scores);
        List<ScoreEntry> entries = s.scheme() == null ? List.of() : scores.load(header.id(), s.units());
        RoundContents contents = new RoundContents(s.scheme(), s.scale(), header.displayPrecision(),
                new Points(header.spreadLimit()), s.units(), s.withdrawals(), entries, s.findings(), s.rectifications(),
                s.carriedRectifications(), s.amendments(),
                header.notice() == null ? null : mapper.toDomain(header.notice()), s.publications(),
                header.clonedFrom() == null ? null : new RoundId(header.clonedFrom()), s.scorers());
        return EvaluationRound.restore(id, EvaluationYear.of(header.evaluationYear()), header.title(), header.status(),
                header.version(), contents);
    }

    @Override
    public Page<RoundSummary> loadRoundSummaries(RoundFilter filter, PageRequest page) {
        var pageable = OffsetPageable.of(page);
        var result = filter.year() == null
                ? filter.status() == null
                        ? repository.findAllByOrderByEvaluationYearDescTitleAsc(pageable)
                        : repository.findByStatusOrderByEvaluationYearDescTitleAsc(filter.status(), pageable)
                : filter.status() == null
                        ? repository.findByEvaluationYearOrderByTitleAsc(filter.year(), pageable)
                        : repository.findByEvaluationYearAndStatusOrderByTitleAsc(filter.year(), filter.status(), pageable);
        return new Page<>(result.getContent().stream().map(RoundPersistenceAdapter::summary).toList(), result.getTotalElements());
    }

    private static RoundSummary summary(RoundSummaryRow row) {
        return new RoundSummary(new RoundId(row.id()), row.evaluationYear(), row.title(), row.status());
    }

    @Override
    public Optional<RoundState> loadRoundHeader(RoundId id) {
        return repository.findHeaderById(id.value())
                .map(row -> new RoundState(new RoundId(row.id()), row.evaluationYear(), row.title(), row.status(), row.version()));
    }

    @Override
    public long countRounds() {
        return repository.count();
    }
}
