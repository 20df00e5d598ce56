package com.pingyi.evaluation.application.service.archive;

import com.pingyi.evaluation.application.port.out.archive.RoundArchive;
import com.pingyi.evaluation.application.readmodel.RegisteredUnitView;
import com.pingyi.evaluation.domain.finding.Finding;
import com.pingyi.evaluation.domain.finding.RectificationItem;
import com.pingyi.evaluation.domain.finding.Statistic;
import com.pingyi.evaluation.domain.grade.GradeBand;
import com.pingyi.evaluation.domain.notice.NoticeSettings;
import com.pingyi.evaluation.domain.result.UnitResult;
import com.pingyi.evaluation.domain.round.Amendment;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.round.Publication;
import com.pingyi.evaluation.domain.round.RoundContents;
import com.pingyi.evaluation.domain.round.RoundStatus;
import com.pingyi.evaluation.domain.scheme.Dimension;
import com.pingyi.evaluation.domain.scheme.Indicator;
import com.pingyi.evaluation.domain.scheme.IndicatorKind;
import com.pingyi.evaluation.domain.scheme.MeasuredRule;
import com.pingyi.evaluation.domain.scheme.MeasuredValue;
import com.pingyi.evaluation.domain.score.Assignment;
import com.pingyi.evaluation.domain.score.ScoreEntry;
import com.pingyi.evaluation.domain.score.Scorer;
import com.pingyi.evaluation.domain.unit.EvaluatedUnit;
import com.pingyi.evaluation.domain.unit.UnitId;
import com.pingyi.evaluation.domain.unit.Withdrawal;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A round as an archive. Every collection the domain keeps as a set, or in an order that depends on
 * how it was stored, is sorted here, so that the same round always gives the same archive.
 */
final class ArchiveWriter {

    private static final List<String> SCORE_TYPES = List.of("VERIFIED", "SELF_INSPECTED", "MEASURED", "VETO", "VIOLATION",
            "NOT_APPLICABLE");

    private ArchiveWriter() {
    }

    /** {@code registry} finds a unit of the registry by its code; a unit it does not know is taken from the round. */
    static RoundArchive write(EvaluationRound round, Function<UnitId, Optional<RegisteredUnitView>> registry) {
        RoundContents c = round.contents();
        List<RoundArchive.Result> results = round.status() == RoundStatus.CLOSED || round.status() == RoundStatus.PUBLISHED
                ? round.results().ranked().stream().map(ArchiveWriter::result).toList()
                : List.of();
        return new RoundArchive(RoundArchive.FORMAT, RoundArchive.FORMAT_VERSION,
                new RoundArchive.Round(round.id().toString(), round.year().value(), round.title(), round.status().name(),
                        c.clonedFrom() == null ? null : c.clonedFrom().toString()),
                new RoundArchive.Settings(c.displayPrecision(), text(c.spreadLimit().value()), noticeSettings(c.noticeSettings())),
                c.scheme() == null ? null : c.scheme().dimensions().stream().map(ArchiveWriter::dimension).toList(),
                c.scale() == null ? null : c.scale().bands().stream().map(ArchiveWriter::band).toList(),
                registry(c.units(), registry),
                c.units().stream().map(ArchiveWriter::unit).toList(),
                c.withdrawals().stream().sorted(Comparator.comparing((Withdrawal w) -> w.unit().toString()))
                        .map(w -> new RoundArchive.Withdrawal(w.unit().toString(), w.reason(), w.on().toString())).toList(),
                c.scorers().stream().sorted(Comparator.comparing((Scorer s) -> s.id().value())).map(ArchiveWriter::scorer).toList(),
                scores(c.scores()),
                c.findings().stream().map(ArchiveWriter::finding).toList(),
                c.rectifications().stream().map(ArchiveWriter::rectification).toList(),
                c.carriedRectifications().stream().map(ArchiveWriter::rectification).toList(),
                c.amendments().stream().map((Amendment a) -> new RoundArchive.Amendment(a.what().name(), a.reason())).toList(),
                c.publications().stream().sorted(Comparator.comparingInt(Publication::version)).map(ArchiveWriter::publication).toList(),
                results);
    }

    static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static RoundArchive.NoticeSettings noticeSettings(NoticeSettings n) {
        return n == null ? null : new RoundArchive.NoticeSettings(n.title(), n.addressee(), n.basisDocumentNumber(),
                n.basisDocumentTitle(), n.programme(), n.attachmentSubject(), n.issuer());
    }

    private static RoundArchive.Dimension dimension(Dimension d) {
        return new RoundArchive.Dimension(d.code().value(), d.name(), text(d.weight().percent()),
                d.indicators().stream().map(ArchiveWriter::indicator).toList());
    }

    private static RoundArchive.Indicator indicator(Indicator i) {
        String rule = null;
        String ruleValue = null;
        String bonus = null;
        switch (i.kind()) {
            case IndicatorKind.Measured m -> {
                switch (m.rule()) {
                    case MeasuredRule.Linear l -> {
                        rule = "LINEAR";
                        ruleValue = text(l.target());
                    }
                    case MeasuredRule.AtLeast a -> {
                        rule = "AT_LEAST";
                        ruleValue = text(a.threshold());
                    }
                    case MeasuredRule.AtMost a -> {
                        rule = "AT_MOST";
                        ruleValue = text(a.threshold());
                    }
                    case MeasuredRule.YesNoRule y -> rule = "YES_NO";
                }
            }
            case IndicatorKind.Bonus b -> bonus = text(b.threshold().percent());
            default -> {
            }
        }
        return new RoundArchive.Indicator(i.code().value(), i.name(), text(i.max().value()), i.method().name(),
                i.aggregation().name(), i.kind().name(), rule, ruleValue, bonus);
    }

    private static RoundArchive.Band band(GradeBand b) {
        return new RoundArchive.Band(b.label(), text(b.lower()), b.lowerInclusive(), text(b.upper()), b.upperInclusive(),
                b.namedInNotice());
    }

    private static RoundArchive.Unit unit(EvaluatedUnit u) {
        return new RoundArchive.Unit(u.id().toString(), u.name(), sorted(u.predecessors()));
    }

    /** The round's units and, transitively, whom they succeeded, as the registry knows them, by code. */
    private static List<RoundArchive.Unit> registry(List<EvaluatedUnit> units,
            Function<UnitId, Optional<RegisteredUnitView>> registry) {
        Map<String, RoundArchive.Unit> found = new TreeMap<>();
        Deque<UnitId> todo = new ArrayDeque<>();
        units.forEach(u -> todo.add(u.id()));
        Map<UnitId, EvaluatedUnit> inRound = new java.util.HashMap<>();
        units.forEach(u -> inRound.put(u.id(), u));
        while (!todo.isEmpty()) {
            UnitId id = todo.poll();
            if (found.containsKey(id.toString())) {
                continue;
            }
            Optional<RoundArchive.Unit> unit = registry.apply(id)
                    .map(r -> new RoundArchive.Unit(r.id().toString(), r.name(), sorted(r.predecessors())))
                    .or(() -> Optional.ofNullable(inRound.get(id)).map(ArchiveWriter::unit));
            unit.ifPresent(u -> {
                found.put(u.code(), u);
                u.predecessors().forEach(p -> todo.add(UnitId.of(p)));
            });
        }
        return List.copyOf(found.values());
    }

    private static List<String> sorted(Collection<?> values) {
        return values.stream().map(String::valueOf).sorted().toList();
    }

    private static RoundArchive.Scorer scorer(Scorer s) {
        return new RoundArchive.Scorer(s.id().value(), s.name(), s.kind().name(),
                s.assignments().stream().sorted(Comparator.comparing((Assignment a) -> a.unit().toString())
                                .thenComparing(a -> a.dimension().value()))
                        .map(a -> new RoundArchive.Assignment(a.unit().toString(), a.dimension().value())).toList(),
                sorted(s.affiliations()));
    }

    static List<RoundArchive.Score> scores(List<ScoreEntry> entries) {
        return entries.stream().map(ArchiveWriter::score)
                .sorted(Comparator.comparing(RoundArchive.Score::unit).thenComparing(RoundArchive.Score::indicator)
                        .thenComparing(s -> SCORE_TYPES.indexOf(s.type()))
                        .thenComparing(s -> s.scorer() == null ? "" : s.scorer())
                        .thenComparing(s -> s.points() == null ? "" : s.points())
                        .thenComparing(s -> s.note() == null ? "" : s.note()))
                .toList();
    }

    private static RoundArchive.Score score(ScoreEntry e) {
        String unit = e.unit().toString();
        String indicator = e.indicator().value();
        return switch (e) {
            case ScoreEntry.Verified v -> new RoundArchive.Score("VERIFIED", unit, indicator, v.scorer().value(),
                    text(v.points().value()), null, null, null);
            case ScoreEntry.SelfInspected s -> new RoundArchive.Score("SELF_INSPECTED", unit, indicator, null,
                    text(s.points().value()), null, null, null);
            case ScoreEntry.Measured m -> new RoundArchive.Score("MEASURED", unit, indicator, null, null, value(m.value()),
                    null, null);
            case ScoreEntry.VetoOutcome v -> new RoundArchive.Score("VETO", unit, indicator, null, null, null, v.passed(),
                    v.note());
            case ScoreEntry.Violation v -> new RoundArchive.Score("VIOLATION", unit, indicator, null, text(v.points().value()),
                    null, null, v.note());
            case ScoreEntry.NotApplicable n -> new RoundArchive.Score("NOT_APPLICABLE", unit, indicator, null, null, null,
                    null, n.reason());
        };
    }

    static String value(MeasuredValue value) {
        return switch (value) {
            case MeasuredValue.Quantity q -> text(q.value());
            case MeasuredValue.YesNo y -> y.yes() ? "YES" : "NO";
        };
    }

    private static RoundArchive.Finding finding(Finding f) {
        return new RoundArchive.Finding(f.id().toString(), f.kind().name(), f.unit() == null ? null : f.unit().toString(),
                f.dimension() == null ? null : f.dimension().value(), f.text(),
                f.statistics().stream().map((Statistic s) -> new RoundArchive.Statistic(s.indicator().value(),
                        s.comparison().name(), value(s.reference()))).toList());
    }

    private static RoundArchive.Rectification rectification(RectificationItem r) {
        return new RoundArchive.Rectification(r.id().toString(), r.raisedIn().toString(), r.finding().toString(),
                r.unit().toString(), r.description(), r.due().toString(), r.status().name(), r.checkNote());
    }

    private static RoundArchive.Publication publication(Publication p) {
        return new RoundArchive.Publication(p.version(), p.publishedOn().toString(), p.correctionReason(),
                scores(p.corrections()),
                p.standings().stream().map(s -> new RoundArchive.Standing(s.unit().toString(), s.unitName(),
                        text(s.rate().percent()), s.band(), s.rank(), s.vetoed())).toList(),
                NoticeArchive.write(p.notice()));
    }

    private static RoundArchive.Result result(UnitResult r) {
        return new RoundArchive.Result(r.unitId().toString(), r.rank(), text(r.rate().percent()), r.band().label(), r.vetoed());
    }
}
