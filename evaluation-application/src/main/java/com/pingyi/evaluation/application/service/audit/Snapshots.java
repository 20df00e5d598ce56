package com.pingyi.evaluation.application.service.audit;

import com.pingyi.evaluation.domain.finding.RectificationItem;
import com.pingyi.evaluation.domain.grade.GradeBand;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.round.Publication;
import com.pingyi.evaluation.domain.scheme.Dimension;
import com.pingyi.evaluation.domain.scheme.Indicator;
import com.pingyi.evaluation.domain.scheme.IndicatorCode;
import com.pingyi.evaluation.domain.score.ScoreBook;
import com.pingyi.evaluation.domain.score.ScoreEntry;
import com.pingyi.evaluation.domain.score.Scorer;
import com.pingyi.evaluation.domain.score.ScorerId;
import com.pingyi.evaluation.domain.shared.Points;
import com.pingyi.evaluation.domain.unit.EvaluatedUnit;
import com.pingyi.evaluation.domain.unit.UnitId;
import com.pingyi.evaluation.domain.user.UserAccount;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the audit trail records of each aggregate: for a round, the header plus the part a use case
 * changes (never all of its scores). Secrets (password hashes) never enter it.
 */
public final class Snapshots {

    private Snapshots() {
    }

    public static Map<String, Object> of(EvaluationRound round) {
        return header(round);
    }

    public static Map<String, Object> header(EvaluationRound round) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", round.id().toString());
        s.put("year", round.year().value());
        s.put("title", round.title());
        s.put("status", round.status().name());
        s.put("version", round.version());
        return s;
    }

    public static Map<String, Object> settings(EvaluationRound round) {
        Map<String, Object> s = header(round);
        s.put("displayPrecision", round.displayPrecision());
        s.put("spreadLimit", round.spreadLimit().value());
        s.put("notice", round.noticeSettings().map(Object::toString).orElse(null));
        return s;
    }

    public static Map<String, Object> scheme(EvaluationRound round) {
        Map<String, Object> s = header(round);
        s.put("scheme", round.scheme().map(scheme -> scheme.dimensions().stream().map(Snapshots::dimension).toList()).orElse(null));
        return s;
    }

    private static Map<String, Object> dimension(Dimension d) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("code", d.code().toString());
        s.put("name", d.name());
        s.put("weight", d.weight().percent());
        s.put("indicators", d.indicators().stream().map(Snapshots::indicator).toList());
        return s;
    }

    private static Map<String, Object> indicator(Indicator i) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("code", i.code().toString());
        s.put("name", i.name());
        s.put("max", i.max().value());
        s.put("method", i.method().name());
        s.put("kind", i.kind().toString());
        s.put("aggregation", i.aggregation() == null ? null : i.aggregation().name());
        return s;
    }

    public static Map<String, Object> scale(EvaluationRound round) {
        Map<String, Object> s = header(round);
        s.put("bands", round.scale().bands().stream().map(Snapshots::band).toList());
        return s;
    }

    private static Map<String, Object> band(GradeBand b) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("label", b.label());
        s.put("interval", b.interval());
        s.put("named", b.namedInNotice());
        return s;
    }

    public static Map<String, Object> units(EvaluationRound round) {
        Map<String, Object> s = header(round);
        List<Map<String, Object>> units = round.units().stream().map(u -> unit(round, u)).toList();
        s.put("units", units);
        return s;
    }

    private static Map<String, Object> unit(EvaluationRound round, EvaluatedUnit u) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", u.id().toString());
        s.put("name", u.name());
        round.withdrawal(u.id()).ifPresent(w -> s.put("withdrawn", w.reason() + " (" + w.on() + ")"));
        return s;
    }

    /** One scorer as the round holds them, or null for "not registered": what a change to one expert is audited with. */
    public static Map<String, Object> scorer(EvaluationRound round, ScorerId id) {
        Map<String, Object> s = header(round);
        s.put("scorer", round.scorers().stream().filter(sc -> sc.id().equals(id)).findFirst().map(Snapshots::scorer).orElse(null));
        return s;
    }

    private static Map<String, Object> scorer(Scorer sc) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", sc.id().toString());
        s.put("name", sc.name());
        s.put("kind", sc.kind().name());
        s.put("affiliations", sc.affiliations().stream().map(Object::toString).sorted().toList());
        // Grouped by unit, so that a national assignment stays readable: unit -> its dimensions.
        Map<String, List<String>> pairs = new TreeMap<>();
        sc.assignments().forEach(a -> pairs.computeIfAbsent(a.unit().toString(), u -> new ArrayList<>()).add(a.dimension().value()));
        pairs.values().forEach(java.util.Collections::sort);
        s.put("pairs", pairs);
        return s;
    }

    /** The recorded entries of one unit x indicator: cheap lookups, never a scan of the whole score book. */
    public static Map<String, Object> score(EvaluationRound round, UnitId unit, IndicatorCode indicator) {
        Map<String, Object> s = header(round);
        s.put("unit", unit.toString());
        s.put("indicator", indicator.toString());
        ScoreBook book = round.scores();
        s.put("verified", book.verified(unit, indicator).stream().map(Points::value).toList());
        s.put("selfInspection", book.selfInspection(unit, indicator).map(Points::value).orElse(null));
        s.put("measured", book.measured(unit, indicator).map(Object::toString).orElse(null));
        s.put("notApplicable", book.isNotApplicable(unit, indicator));
        return s;
    }

    public static Map<String, Object> batch(EvaluationRound round, List<ScoreEntry> entries) {
        Map<String, Object> s = header(round);
        s.put("entries", entries.size());
        return s;
    }

    public static Map<String, Object> findings(EvaluationRound round) {
        Map<String, Object> s = header(round);
        s.put("findings", round.findings().stream().map(f -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", f.id().toString());
            m.put("kind", f.kind().name());
            m.put("unit", f.aboutUnit().map(Object::toString).orElse(null));
            m.put("text", f.text());
            return m;
        }).toList());
        s.put("rectifications", round.rectifications().stream().map(Snapshots::rectification).toList());
        s.put("carriedRectifications", round.carriedRectifications().stream().map(Snapshots::rectification).toList());
        return s;
    }

    private static Map<String, Object> rectification(RectificationItem item) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", item.id().toString());
        m.put("unit", item.unit().toString());
        m.put("description", item.description());
        m.put("due", item.due().toString());
        m.put("status", item.status().name());
        m.put("checkNote", item.checkNote());
        return m;
    }

    public static Map<String, Object> publications(EvaluationRound round) {
        Map<String, Object> s = header(round);
        s.put("publications", round.publications().stream().map(Snapshots::publication).toList());
        return s;
    }

    private static Map<String, Object> publication(Publication p) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("version", p.version());
        s.put("publishedOn", p.publishedOn().toString());
        s.put("correctionReason", p.correctionReason());
        s.put("corrections", p.corrections().size());
        return s;
    }

    public static Map<String, Object> of(UserAccount account) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", account.id().value().toString());
        s.put("username", account.username().value());
        s.put("displayName", account.displayName());
        s.put("roles", account.roles().stream().map(Enum::name).sorted().toList());
        s.put("unit", account.unit().map(Object::toString).orElse(null));
        s.put("affiliations", account.affiliations().stream().map(Object::toString).sorted().toList());
        s.put("enabled", account.enabled());
        s.put("mustChangePassword", account.mustChangePassword());
        s.put("failedSignIns", account.failedSignIns());
        s.put("lockedUntil", account.lockedUntil().map(Object::toString).orElse(null));
        return s;
    }
}
