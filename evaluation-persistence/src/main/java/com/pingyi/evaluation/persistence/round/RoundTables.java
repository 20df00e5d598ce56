package com.pingyi.evaluation.persistence.round;

import com.pingyi.evaluation.domain.finding.Finding;
import com.pingyi.evaluation.domain.finding.RectificationItem;
import com.pingyi.evaluation.domain.grade.GradeScale;
import com.pingyi.evaluation.domain.round.Amendment;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.round.Publication;
import com.pingyi.evaluation.domain.round.RoundContents;
import com.pingyi.evaluation.domain.round.RoundStatus;
import com.pingyi.evaluation.domain.scheme.Scheme;
import com.pingyi.evaluation.domain.score.ScoreEntry;
import com.pingyi.evaluation.domain.score.Scorer;
import com.pingyi.evaluation.domain.unit.EvaluatedUnit;
import com.pingyi.evaluation.domain.unit.UnitId;
import com.pingyi.evaluation.domain.unit.Withdrawal;
import com.pingyi.evaluation.persistence.support.Sql;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The round header and the round's small tables (scheme, bands, units, withdrawals, scorers,
 * findings, rectification items, amendments, publications), in plain JDBC. These hold tens to a few
 * thousand rows; each section is compared with what is stored and, when it differs, replaced whole.
 * JDBC rather than JPA entities because the rows are written beside {@code score_entry} in the
 * same batches and read in one pass each; flat records are mapped by {@link RoundRowMapper}.
 */
final class RoundTables {

    private final JdbcTemplate jdbc;
    private final RoundRowMapper mapper;
    private final SchemeTables schemes;
    private final FindingTables findings;
    private final ScorerTables scorers;

    RoundTables(JdbcTemplate jdbc, RoundRowMapper mapper) {
        this.jdbc = jdbc;
        this.mapper = mapper;
        this.schemes = new SchemeTables(jdbc, mapper);
        this.findings = new FindingTables(jdbc, mapper);
        this.scorers = new ScorerTables(jdbc);
    }

    /** The small parts of a round's contents, everything but the scores. */
    record Sections(Scheme scheme, GradeScale scale, List<EvaluatedUnit> units, List<Withdrawal> withdrawals,
            List<Scorer> scorers, List<Finding> findings, List<RectificationItem> rectifications,
            List<RectificationItem> carriedRectifications, List<Amendment> amendments, List<Publication> publications) {

        static Sections of(RoundContents c) {
            return new Sections(c.scheme(), c.scale(), c.units(), c.withdrawals(), c.scorers(), c.findings(),
                    c.rectifications(), c.carriedRectifications(), c.amendments(), c.publications());
        }
    }

    // ---- header --------------------------------------------------------------------------------------

    private static final String HEADER_COLUMNS = "evaluation_year, title, status, display_precision, spread_limit, "
            + "cloned_from, notice_title, notice_addressee, notice_basis_number, notice_basis_title, notice_programme, "
            + "notice_attachment_subject, notice_issuer";

    Optional<RoundRows.Header> header(UUID id) {
        return jdbc.query("select id, version, " + HEADER_COLUMNS + " from evaluation_round where id = ?", (rs, n) -> {
            RoundRows.NoticeSettingsRow notice = rs.getString("notice_title") == null ? null
                    : new RoundRows.NoticeSettingsRow(rs.getString("notice_title"), rs.getString("notice_addressee"),
                            rs.getString("notice_basis_number"), rs.getString("notice_basis_title"),
                            rs.getString("notice_programme"), rs.getString("notice_attachment_subject"),
                            rs.getString("notice_issuer"));
            return new RoundRows.Header(Sql.uuid(rs, "id"), rs.getInt("evaluation_year"), rs.getString("title"),
                    RoundStatus.valueOf(rs.getString("status")), rs.getLong("version"), rs.getInt("display_precision"),
                    rs.getBigDecimal("spread_limit"), Sql.uuid(rs, "cloned_from"), notice);
        }, id).stream().findFirst();
    }

    void insertHeader(EvaluationRound round, RoundContents contents, long version) {
        jdbc.update("insert into evaluation_round (" + HEADER_COLUMNS + ", id, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                ps -> {
                    bindHeader(ps, round, contents);
                    ps.setObject(14, round.id().value());
                    ps.setLong(15, version);
                });
    }

    /** Updates the header only if it is still at the expected version; false when it is not (a stale copy). */
    boolean updateHeader(EvaluationRound round, RoundContents contents, long expectedVersion, long newVersion) {
        int rows = jdbc.update("update evaluation_round set evaluation_year = ?, title = ?, status = ?, display_precision = ?, "
                + "spread_limit = ?, cloned_from = ?, notice_title = ?, notice_addressee = ?, notice_basis_number = ?, "
                + "notice_basis_title = ?, notice_programme = ?, notice_attachment_subject = ?, notice_issuer = ?, "
                + "version = ? where id = ? and version = ?", ps -> {
                    bindHeader(ps, round, contents);
                    ps.setLong(14, newVersion);
                    ps.setObject(15, round.id().value());
                    ps.setLong(16, expectedVersion);
                });
        return rows == 1;
    }

    private void bindHeader(java.sql.PreparedStatement ps, EvaluationRound round, RoundContents contents)
            throws java.sql.SQLException {
        ps.setInt(1, round.year().value());
        ps.setString(2, round.title());
        ps.setString(3, round.status().name());
        ps.setInt(4, contents.displayPrecision());
        Sql.decimal(ps, 5, contents.spreadLimit() == null ? EvaluationRound.DEFAULT_SPREAD_LIMIT.value()
                : contents.spreadLimit().value());
        Sql.uuid(ps, 6, contents.clonedFrom() == null ? null : contents.clonedFrom().value());
        RoundRows.NoticeSettingsRow notice = contents.noticeSettings() == null ? null : mapper.toRow(contents.noticeSettings());
        Sql.text(ps, 7, notice == null ? null : notice.title());
        Sql.text(ps, 8, notice == null ? null : notice.addressee());
        Sql.text(ps, 9, notice == null ? null : notice.basisDocumentNumber());
        Sql.text(ps, 10, notice == null ? null : notice.basisDocumentTitle());
        Sql.text(ps, 11, notice == null ? null : notice.programme());
        Sql.text(ps, 12, notice == null ? null : notice.attachmentSubject());
        Sql.text(ps, 13, notice == null ? null : notice.issuer());
    }

    // ---- sections: load ------------------------------------------------------------------------------

    Sections loadSections(UUID round, ScoreEntryTable scores) {
        return new Sections(schemes.scheme(round), schemes.scale(round), units(round), withdrawals(round), scorers.load(round),
                findings.findings(round), findings.rectifications(round, false), findings.rectifications(round, true), amendments(round),
                publications(round, scores));
    }

    private List<EvaluatedUnit> units(UUID round) {
        Map<UUID, Set<UnitId>> predecessors = new HashMap<>();
        jdbc.query("select unit_id, predecessor_id from round_unit_predecessor where round_id = ?", rs -> {
            predecessors.computeIfAbsent(Sql.uuid(rs, "unit_id"), u -> new HashSet<>()).add(new UnitId(Sql.uuid(rs, "predecessor_id")));
        }, round);
        return jdbc.query("select unit_id, name from round_unit where round_id = ? order by position", (rs, n) -> {
            UUID id = Sql.uuid(rs, "unit_id");
            return new EvaluatedUnit(new UnitId(id), rs.getString("name"), predecessors.getOrDefault(id, Set.of()));
        }, round);
    }

    private List<Withdrawal> withdrawals(UUID round) {
        return jdbc.query("select * from round_withdrawal where round_id = ? order by position",
                (rs, n) -> mapper.toDomain(new RoundRows.Withdrawal(Sql.uuid(rs, "unit_id"), rs.getString("reason"),
                        Sql.date(rs, "withdrawn_on"))), round);
    }

    private List<Amendment> amendments(UUID round) {
        return jdbc.query("select what, reason from round_amendment where round_id = ? order by position",
                (rs, n) -> mapper.toDomain(new RoundRows.Amendment(rs.getString("what"), rs.getString("reason"))), round);
    }

    private List<Publication> publications(UUID round, ScoreEntryTable scores) {
        Map<Integer, List<Publication.Standing>> standings = new HashMap<>();
        jdbc.query("select * from round_publication_standing where round_id = ? order by publication_version, position", rs -> {
            standings.computeIfAbsent(rs.getInt("publication_version"), v -> new ArrayList<>()).add(mapper.toDomain(
                    new RoundRows.Standing(Sql.uuid(rs, "unit_id"), rs.getString("unit_name"), Sql.exact(rs, "rate", "rate_scale"),
                            rs.getString("band"), rs.getInt("unit_rank"), rs.getBoolean("vetoed"))));
        }, round);
        Map<Integer, List<ScoreEntry>> corrections = scores.loadCorrections(round);
        return jdbc.query("select * from round_publication where round_id = ? order by version", (rs, n) -> {
            int version = rs.getInt("version");
            return new Publication(version, Sql.date(rs, "published_on"), rs.getString("correction_reason"),
                    corrections.getOrDefault(version, List.of()), standings.getOrDefault(version, List.of()),
                    NoticeJson.read(rs.getString("notice_json")));
        }, round);
    }

    // ---- sections: write -----------------------------------------------------------------------------

    /** Replaces each section that differs from what is stored ({@code stored} null: nothing is stored yet). */
    void writeSections(UUID round, Sections stored, Sections now, ScoreEntryTable scores) {
        boolean fresh = stored == null;
        if (fresh || !java.util.Objects.equals(stored.scheme(), now.scheme())) {
            if (!fresh) {
                delete("round_indicator", round);
                delete("round_dimension", round);
            }
            schemes.insertScheme(round, now.scheme());
        }
        if (fresh || !java.util.Objects.equals(stored.scale(), now.scale())) {
            if (!fresh) {
                delete("round_grade_band", round);
            }
            schemes.insertScale(round, now.scale());
        }
        if (fresh || !stored.units().equals(now.units())) {
            if (!fresh) {
                delete("round_unit_predecessor", round);
                delete("round_unit", round);
            }
            insertUnits(round, now.units());
        }
        if (fresh || !stored.withdrawals().equals(now.withdrawals())) {
            if (!fresh) {
                delete("round_withdrawal", round);
            }
            jdbc.batchUpdate("insert into round_withdrawal (round_id, position, unit_id, reason, withdrawn_on) values (?, ?, ?, ?, ?)",
                    indexed(now.withdrawals()), ScoreEntryTable.BATCH_SIZE, (ps, w) -> {
                        RoundRows.Withdrawal row = mapper.toRow(w.value());
                        ps.setObject(1, round);
                        ps.setInt(2, w.index());
                        ps.setObject(3, row.unit());
                        ps.setString(4, row.reason());
                        Sql.date(ps, 5, row.on());
                    });
        }
        scorers.write(round, fresh ? null : stored.scorers(), now.scorers());
        if (fresh || !stored.findings().equals(now.findings())) {
            if (!fresh) {
                delete("round_finding_statistic", round);
                delete("round_finding", round);
            }
            findings.insertFindings(round, now.findings());
        }
        if (fresh || !stored.rectifications().equals(now.rectifications())
                || !stored.carriedRectifications().equals(now.carriedRectifications())) {
            if (!fresh) {
                delete("round_rectification", round);
            }
            findings.insertRectifications(round, now.rectifications(), false);
            findings.insertRectifications(round, now.carriedRectifications(), true);
        }
        if (fresh || !stored.amendments().equals(now.amendments())) {
            if (!fresh) {
                delete("round_amendment", round);
            }
            jdbc.batchUpdate("insert into round_amendment (round_id, position, what, reason) values (?, ?, ?, ?)",
                    indexed(now.amendments()), ScoreEntryTable.BATCH_SIZE, (ps, a) -> {
                        RoundRows.Amendment row = mapper.toRow(a.value());
                        ps.setObject(1, round);
                        ps.setInt(2, a.index());
                        ps.setString(3, row.what());
                        ps.setString(4, row.reason());
                    });
        }
        writePublications(round, fresh ? List.of() : stored.publications(), now.publications(), scores);
    }

    /** Published versions never change: new versions are appended; anything else replaces them all. */
    private void writePublications(UUID round, List<Publication> stored, List<Publication> now, ScoreEntryTable scores) {
        List<Publication> toInsert;
        if (now.size() >= stored.size() && now.subList(0, stored.size()).equals(stored)) {
            toInsert = now.subList(stored.size(), now.size());
        } else {
            delete("round_publication_correction", round);
            delete("round_publication_standing", round);
            delete("round_publication", round);
            toInsert = now;
        }
        for (Publication p : toInsert) {
            jdbc.update("insert into round_publication (round_id, version, published_on, correction_reason, notice_json) "
                    + "values (?, ?, ?, ?, ?)", ps -> {
                        ps.setObject(1, round);
                        ps.setInt(2, p.version());
                        Sql.date(ps, 3, p.publishedOn());
                        Sql.text(ps, 4, p.correctionReason());
                        ps.setString(5, NoticeJson.write(p.notice()));
                    });
            jdbc.batchUpdate("insert into round_publication_standing (round_id, publication_version, position, unit_id, "
                    + "unit_name, rate, rate_scale, band, unit_rank, vetoed) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    indexed(p.standings()), ScoreEntryTable.BATCH_SIZE, (ps, s) -> {
                        RoundRows.Standing row = mapper.toRow(s.value());
                        ps.setObject(1, round);
                        ps.setInt(2, p.version());
                        ps.setInt(3, s.index());
                        ps.setObject(4, row.unit());
                        ps.setString(5, row.unitName());
                        Sql.exact(ps, 6, 7, row.rate());
                        ps.setString(8, row.band());
                        ps.setInt(9, row.rank());
                        ps.setBoolean(10, row.vetoed());
                    });
            scores.insertCorrections(round, p.version(), p.corrections());
        }
    }

    private void insertUnits(UUID round, List<EvaluatedUnit> units) {
        jdbc.batchUpdate("insert into round_unit (round_id, position, unit_id, name) values (?, ?, ?, ?)", indexed(units),
                ScoreEntryTable.BATCH_SIZE, (ps, u) -> {
                    ps.setObject(1, round);
                    ps.setInt(2, u.index());
                    ps.setObject(3, u.value().id().value());
                    ps.setString(4, u.value().name());
                });
        List<UUID[]> links = new ArrayList<>();
        for (EvaluatedUnit u : units) {
            for (UnitId p : u.predecessors()) {
                links.add(new UUID[] {u.id().value(), p.value()});
            }
        }
        jdbc.batchUpdate("insert into round_unit_predecessor (round_id, unit_id, predecessor_id) values (?, ?, ?)", links,
                ScoreEntryTable.BATCH_SIZE, (ps, link) -> {
                    ps.setObject(1, round);
                    ps.setObject(2, link[0]);
                    ps.setObject(3, link[1]);
                });
    }

    private void delete(String table, UUID round) {
        jdbc.update("delete from " + table + " where round_id = ?", round);
    }

    record Indexed<T>(int index, T value) {
    }

    static <T> List<Indexed<T>> indexed(List<T> values) {
        List<Indexed<T>> out = new ArrayList<>(values.size());
        for (T v : values) {
            out.add(new Indexed<>(out.size(), v));
        }
        return out;
    }
}
