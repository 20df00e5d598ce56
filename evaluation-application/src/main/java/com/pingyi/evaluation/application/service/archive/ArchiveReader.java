package com.pingyi.evaluation.application.service.archive;

import static com.pingyi.evaluation.application.service.archive.ArchivePaths.at;
import static com.pingyi.evaluation.application.service.archive.ArchivePaths.date;
import static com.pingyi.evaluation.application.service.archive.ArchivePaths.decimal;
import static com.pingyi.evaluation.application.service.archive.ArchivePaths.enumValue;
import static com.pingyi.evaluation.application.service.archive.ArchivePaths.flag;
import static com.pingyi.evaluation.application.service.archive.ArchivePaths.invalid;
import static com.pingyi.evaluation.application.service.archive.ArchivePaths.required;
import static com.pingyi.evaluation.application.service.archive.ArchivePaths.uuid;
import static com.pingyi.evaluation.application.service.archive.NoticeArchive.indexed;

import com.pingyi.evaluation.application.port.out.archive.RoundArchive;
import com.pingyi.evaluation.domain.finding.Comparison;
import com.pingyi.evaluation.domain.finding.Finding;
import com.pingyi.evaluation.domain.finding.FindingId;
import com.pingyi.evaluation.domain.finding.FindingKind;
import com.pingyi.evaluation.domain.finding.RectificationItem;
import com.pingyi.evaluation.domain.finding.Statistic;
import com.pingyi.evaluation.domain.grade.GradeBand;
import com.pingyi.evaluation.domain.grade.GradeScale;
import com.pingyi.evaluation.domain.notice.NoticeSettings;
import com.pingyi.evaluation.domain.round.Amendment;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.round.EvaluationYear;
import com.pingyi.evaluation.domain.round.Publication;
import com.pingyi.evaluation.domain.round.RoundContents;
import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.round.RoundStatus;
import com.pingyi.evaluation.domain.scheme.Aggregation;
import com.pingyi.evaluation.domain.scheme.Dimension;
import com.pingyi.evaluation.domain.scheme.DimensionCode;
import com.pingyi.evaluation.domain.scheme.EvaluationMethod;
import com.pingyi.evaluation.domain.scheme.Indicator;
import com.pingyi.evaluation.domain.scheme.IndicatorCode;
import com.pingyi.evaluation.domain.scheme.IndicatorKind;
import com.pingyi.evaluation.domain.scheme.MeasuredRule;
import com.pingyi.evaluation.domain.scheme.MeasuredValue;
import com.pingyi.evaluation.domain.scheme.Scheme;
import com.pingyi.evaluation.domain.score.Assignment;
import com.pingyi.evaluation.domain.score.ScoreEntry;
import com.pingyi.evaluation.domain.score.Scorer;
import com.pingyi.evaluation.domain.score.ScorerId;
import com.pingyi.evaluation.domain.shared.Points;
import com.pingyi.evaluation.domain.shared.ScoreRate;
import com.pingyi.evaluation.domain.shared.Weight;
import com.pingyi.evaluation.domain.unit.EvaluatedUnit;
import com.pingyi.evaluation.domain.unit.UnitId;
import com.pingyi.evaluation.domain.unit.Withdrawal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An archive checked value by value and reference by reference, then turned into the round through the
 * domain's reconstitution factory, so that every invariant the domain checks holds for the imported round.
 * Every refusal names its JSON path.
 */
final class ArchiveReader {

    /** What an archive holds: the round (version 0, not yet stored), the registry units it needs, its results. */
    record Read(EvaluationRound round, List<EvaluatedUnit> registry, List<RoundArchive.Result> results) {
    }

    private final Map<String, EvaluatedUnit> registry = new LinkedHashMap<>();
    private final Set<String> units = new HashSet<>();
    private final Set<String> dimensions = new HashSet<>();
    private final Map<String, Indicator> indicators = new LinkedHashMap<>();
    private final Set<String> scorers = new HashSet<>();
    private final Set<String> findings = new HashSet<>();

    static Read read(RoundArchive archive) {
        return new ArchiveReader().readAll(archive);
    }

    private Read readAll(RoundArchive a) {
        if (!RoundArchive.FORMAT.equals(a.format())) {
            throw invalid("$.format", "not a round archive: expected \"" + RoundArchive.FORMAT + "\", found " + a.format());
        }
        if (a.formatVersion() == null || a.formatVersion() != RoundArchive.FORMAT_VERSION) {
            throw invalid("$.formatVersion", "unsupported version " + a.formatVersion() + ", this build reads "
                    + RoundArchive.FORMAT_VERSION);
        }
        RoundArchive.Round r = required(a.round(), "$.round");
        RoundId id = new RoundId(uuid(r.id(), "$.round.id"));
        EvaluationYear year = at("$.round.year", () -> EvaluationYear.of(required(r.year(), "$.round.year")));
        RoundStatus status = enumValue(RoundStatus.class, r.status(), "$.round.status");
        RoundId clonedFrom = r.clonedFrom() == null ? null : new RoundId(uuid(r.clonedFrom(), "$.round.clonedFrom"));
        RoundArchive.Settings s = required(a.settings(), "$.settings");
        int precision = required(s.displayPrecision(), "$.settings.displayPrecision");
        Points spread = at("$.settings.spreadLimit", () -> new Points(decimal(s.spreadLimit(), "$.settings.spreadLimit")));
        NoticeSettings notice = s.notice() == null ? null : at("$.settings.notice", () -> new NoticeSettings(s.notice().title(),
                s.notice().addressee(), s.notice().basisDocumentNumber(), s.notice().basisDocumentTitle(),
                s.notice().programme(), s.notice().attachmentSubject(), s.notice().issuer()));
        Scheme scheme = a.scheme() == null ? null : scheme(a.scheme());
        GradeScale scale = a.gradeBands() == null ? null : scale(a.gradeBands());
        readRegistry(a.registry());
        List<EvaluatedUnit> roundUnits = new ArrayList<>();
        indexed(a.units(), "$.units", (u, p) -> {
            EvaluatedUnit unit = unit(u, p);
            if (!registry.containsKey(u.code())) {
                throw invalid(p + ".code", "unit " + u.code() + " is not in $.registry");
            }
            if (!units.add(u.code())) {
                throw invalid(p + ".code", "unit " + u.code() + " enrolled twice");
            }
            roundUnits.add(unit);
        });
        List<Withdrawal> withdrawals = new ArrayList<>();
        indexed(a.withdrawals(), "$.withdrawals", (w, p) -> withdrawals.add(at(p, () -> new Withdrawal(
                unitRef(w.unit(), p + ".unit"), w.reason(), date(w.on(), p + ".on")))));
        List<Scorer> scorerList = new ArrayList<>();
        indexed(a.scorers(), "$.scorers", (sc, p) -> scorerList.add(scorer(sc, p)));
        List<ScoreEntry> scores = scores(a.scores(), "$.scores");
        List<Finding> findingList = new ArrayList<>();
        indexed(a.findings(), "$.findings", (f, p) -> findingList.add(finding(f, p)));
        List<RectificationItem> raised = new ArrayList<>();
        indexed(a.rectifications(), "$.rectifications", (x, p) -> raised.add(rectification(x, p, true)));
        List<RectificationItem> carried = new ArrayList<>();
        indexed(a.carriedRectifications(), "$.carriedRectifications", (x, p) -> carried.add(rectification(x, p, false)));
        List<Amendment> amendments = new ArrayList<>();
        indexed(a.amendments(), "$.amendments", (x, p) -> amendments.add(at(p, () -> new Amendment(
                enumValue(Amendment.What.class, x.what(), p + ".what"), x.reason()))));
        List<Publication> publications = new ArrayList<>();
        indexed(a.publications(), "$.publications", (x, p) -> publications.add(publication(x, p)));
        indexed(a.results(), "$.results", (x, p) -> {
            unitRef(x.unit(), p + ".unit");
            decimal(x.rate(), p + ".rate");
        });
        RoundContents contents = new RoundContents(scheme, scale, precision, spread, roundUnits, withdrawals, scores,
                findingList, raised, carried, amendments, notice, publications, clonedFrom, scorerList);
        EvaluationRound round = at("$", () -> EvaluationRound.restore(id, year, r.title(), status, 0, contents));
        return new Read(round, List.copyOf(registry.values()), ArchivePaths.list(a.results()));
    }

    private Scheme scheme(List<RoundArchive.Dimension> list) {
        List<Dimension> dims = new ArrayList<>();
        indexed(list, "$.scheme", (d, p) -> {
            List<Indicator> inds = new ArrayList<>();
            indexed(d.indicators(), p + ".indicators", (i, ip) -> {
                Indicator indicator = indicator(i, ip);
                inds.add(indicator);
                indicators.put(i.code(), indicator);
            });
            dims.add(at(p, () -> new Dimension(DimensionCode.of(required(d.code(), p + ".code")), d.name(),
                    new Weight(decimal(d.weight(), p + ".weight")), inds)));
            dimensions.add(d.code());
        });
        return at("$.scheme", () -> new Scheme(dims));
    }

    private static Indicator indicator(RoundArchive.Indicator i, String p) {
        IndicatorKind kind = switch (required(i.kind(), p + ".kind")) {
            case "POINTS" -> IndicatorKind.points();
            case "DEDUCTION" -> IndicatorKind.deduction();
            case "VETO" -> IndicatorKind.veto();
            case "BONUS" -> at(p + ".bonusThreshold", () -> IndicatorKind.bonus(
                    new ScoreRate(decimal(i.bonusThreshold(), p + ".bonusThreshold"))));
            case "MEASURED" -> IndicatorKind.measured(switch (required(i.rule(), p + ".rule")) {
                case "LINEAR" -> at(p + ".ruleValue", () -> MeasuredRule.linear(decimal(i.ruleValue(), p + ".ruleValue").toPlainString()));
                case "AT_LEAST" -> at(p + ".ruleValue", () -> MeasuredRule.atLeast(decimal(i.ruleValue(), p + ".ruleValue").toPlainString()));
                case "AT_MOST" -> at(p + ".ruleValue", () -> MeasuredRule.atMost(decimal(i.ruleValue(), p + ".ruleValue").toPlainString()));
                case "YES_NO" -> MeasuredRule.yesNo();
                default -> throw invalid(p + ".rule", "unknown rule " + i.rule());
            });
            default -> throw invalid(p + ".kind", "unknown kind " + i.kind());
        };
        return at(p, () -> new Indicator(IndicatorCode.of(required(i.code(), p + ".code")), i.name(),
                new Points(decimal(i.max(), p + ".max")), enumValue(EvaluationMethod.class, i.method(), p + ".method"), kind,
                enumValue(Aggregation.class, i.aggregation(), p + ".aggregation")));
    }

    private static GradeScale scale(List<RoundArchive.Band> list) {
        List<GradeBand> bands = new ArrayList<>();
        indexed(list, "$.gradeBands", (b, p) -> bands.add(at(p, () -> new GradeBand(b.label(), decimal(b.lower(), p + ".lower"),
                flag(b.lowerInclusive(), p + ".lowerInclusive"), decimal(b.upper(), p + ".upper"),
                flag(b.upperInclusive(), p + ".upperInclusive"), flag(b.named(), p + ".named")))));
        return at("$.gradeBands", () -> new GradeScale(bands));
    }

    private void readRegistry(List<RoundArchive.Unit> list) {
        indexed(list, "$.registry", (u, p) -> {
            EvaluatedUnit unit = unit(u, p);
            if (registry.putIfAbsent(u.code(), unit) != null) {
                throw invalid(p + ".code", "unit " + u.code() + " listed twice");
            }
        });
    }

    private static EvaluatedUnit unit(RoundArchive.Unit u, String p) {
        UnitId id = new UnitId(uuid(u.code(), p + ".code"));
        Set<UnitId> predecessors = new HashSet<>();
        indexed(u.predecessors(), p + ".predecessors", (x, xp) -> predecessors.add(new UnitId(uuid(x, xp))));
        return at(p, () -> new EvaluatedUnit(id, u.name(), predecessors));
    }

    private UnitId unitRef(String code, String path) {
        UnitId id = new UnitId(uuid(code, path));
        if (!units.contains(code)) {
            throw invalid(path, "unit " + code + " is not enrolled in $.units");
        }
        return id;
    }

    private DimensionCode dimensionRef(String code, String path) {
        if (!dimensions.contains(required(code, path))) {
            throw invalid(path, "dimension " + code + " is not in $.scheme");
        }
        return DimensionCode.of(code);
    }

    private IndicatorCode indicatorRef(String code, String path) {
        if (!indicators.containsKey(required(code, path))) {
            throw invalid(path, "indicator " + code + " is not in $.scheme");
        }
        return IndicatorCode.of(code);
    }

    private Scorer scorer(RoundArchive.Scorer s, String p) {
        Set<Assignment> pairs = new HashSet<>();
        indexed(s.assignments(), p + ".assignments", (x, xp) -> pairs.add(new Assignment(unitRef(x.unit(), xp + ".unit"),
                dimensionRef(x.dimension(), xp + ".dimension"))));
        Set<UnitId> affiliations = new HashSet<>();
        indexed(s.affiliations(), p + ".affiliations", (x, xp) -> affiliations.add(unitRef(x, xp)));
        Scorer scorer = at(p, () -> new Scorer(ScorerId.of(required(s.id(), p + ".id")), s.name(),
                enumValue(Scorer.Kind.class, s.kind(), p + ".kind"), pairs, affiliations));
        if (!scorers.add(s.id())) {
            throw invalid(p + ".id", "scorer " + s.id() + " listed twice");
        }
        return scorer;
    }

    private List<ScoreEntry> scores(List<RoundArchive.Score> list, String path) {
        List<ScoreEntry> entries = new ArrayList<>();
        indexed(list, path, (s, p) -> entries.add(score(s, p)));
        return entries;
    }

    private ScoreEntry score(RoundArchive.Score s, String p) {
        UnitId unit = unitRef(s.unit(), p + ".unit");
        IndicatorCode indicator = indicatorRef(s.indicator(), p + ".indicator");
        if (s.points() != null) {
            Points points = at(p + ".points", () -> new Points(decimal(s.points(), p + ".points")));
            at(p + ".points", () -> {
                indicators.get(s.indicator()).checkInRange(points);
                return points;
            });
        }
        return at(p, () -> switch (required(s.type(), p + ".type")) {
            case "VERIFIED" -> {
                if (!scorers.isEmpty() && !scorers.contains(required(s.scorer(), p + ".scorer"))) {
                    throw invalid(p + ".scorer", "scorer " + s.scorer() + " is not in $.scorers");
                }
                yield new ScoreEntry.Verified(unit, indicator, at(p + ".scorer", () -> ScorerId.of(s.scorer())),
                        new Points(decimal(s.points(), p + ".points")));
            }
            case "SELF_INSPECTED" -> new ScoreEntry.SelfInspected(unit, indicator, new Points(decimal(s.points(), p + ".points")));
            case "MEASURED" -> new ScoreEntry.Measured(unit, indicator, measured(s.value(), p + ".value"));
            case "VETO" -> new ScoreEntry.VetoOutcome(unit, indicator, flag(s.passed(), p + ".passed"), s.note());
            case "VIOLATION" -> new ScoreEntry.Violation(unit, indicator, new Points(decimal(s.points(), p + ".points")), s.note());
            case "NOT_APPLICABLE" -> new ScoreEntry.NotApplicable(unit, indicator, s.note());
            default -> throw invalid(p + ".type", "unknown score type " + s.type());
        });
    }

    private static MeasuredValue measured(String text, String path) {
        return switch (required(text, path)) {
            case "YES" -> MeasuredValue.yes();
            case "NO" -> MeasuredValue.no();
            default -> at(path, () -> new MeasuredValue.Quantity(decimal(text, path)));
        };
    }

    private Finding finding(RoundArchive.Finding f, String p) {
        List<Statistic> statistics = new ArrayList<>();
        indexed(f.statistics(), p + ".statistics", (x, xp) -> statistics.add(at(xp, () -> new Statistic(
                indicatorRef(x.indicator(), xp + ".indicator"), enumValue(Comparison.class, x.comparison(), xp + ".comparison"),
                measured(x.reference(), xp + ".reference")))));
        UnitId unit = f.unit() == null ? null : unitRef(f.unit(), p + ".unit");
        DimensionCode dimension = f.dimension() == null ? null : dimensionRef(f.dimension(), p + ".dimension");
        Finding finding = at(p, () -> new Finding(new FindingId(uuid(f.id(), p + ".id")),
                enumValue(FindingKind.class, f.kind(), p + ".kind"), unit, dimension, f.text(), statistics));
        if (!findings.add(f.id())) {
            throw invalid(p + ".id", "finding " + f.id() + " listed twice");
        }
        return finding;
    }

    private RectificationItem rectification(RoundArchive.Rectification x, String p, boolean raisedHere) {
        if (raisedHere && !findings.contains(required(x.finding(), p + ".finding"))) {
            throw invalid(p + ".finding", "finding " + x.finding() + " is not in $.findings");
        }
        UnitId unit = raisedHere ? unitRef(x.unit(), p + ".unit") : new UnitId(uuid(x.unit(), p + ".unit"));
        return at(p, () -> new RectificationItem(uuid(x.id(), p + ".id"), new RoundId(uuid(x.raisedIn(), p + ".raisedIn")),
                new FindingId(uuid(x.finding(), p + ".finding")), unit, x.description(), date(x.due(), p + ".due"),
                enumValue(RectificationItem.Status.class, x.status(), p + ".status"), x.checkNote()));
    }

    private Publication publication(RoundArchive.Publication x, String p) {
        List<ScoreEntry> corrections = scores(x.corrections(), p + ".corrections");
        List<Publication.Standing> standings = new ArrayList<>();
        indexed(x.standings(), p + ".standings", (s, sp) -> standings.add(at(sp, () -> new Publication.Standing(
                unitRef(s.unit(), sp + ".unit"), s.unitName(), new ScoreRate(decimal(s.rate(), sp + ".rate")),
                required(s.band(), sp + ".band"), required(s.rank(), sp + ".rank"), flag(s.vetoed(), sp + ".vetoed")))));
        var notice = NoticeArchive.read(x.notice(), p + ".notice", this::unitRef);
        return at(p, () -> new Publication(required(x.version(), p + ".version"), date(x.publishedOn(), p + ".publishedOn"),
                x.correctionReason(), corrections, standings, notice));
    }
}
