package com.pingyi.evaluation.domain.score;

import com.pingyi.evaluation.domain.scheme.Indicator;
import com.pingyi.evaluation.domain.scheme.IndicatorCode;
import com.pingyi.evaluation.domain.scheme.IndicatorKind;
import com.pingyi.evaluation.domain.scheme.MeasuredValue;
import com.pingyi.evaluation.domain.scheme.Scheme;
import com.pingyi.evaluation.domain.shared.Decimals;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.shared.Points;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * All scores, measured values, veto outcomes, violations and not-applicable marks of a round, for one
 * scheme. Each entry is checked against its indicator when recorded: the wrong kind of entry, or
 * points outside 0..max, is a named error. Mutated only through the round.
 */
public final class ScoreBook {

    private final Scheme scheme;
    private final Map<UnitId, UnitSheet> sheets;
    private final boolean readOnly;

    public ScoreBook(Scheme scheme) {
        this(scheme, new HashMap<>(), false);
    }

    private ScoreBook(Scheme scheme, Map<UnitId, UnitSheet> sheets, boolean readOnly) {
        this.scheme = scheme;
        this.sheets = sheets;
        this.readOnly = readOnly;
    }

    /** A view of this book that refuses every change ({@code score.book-read-only}); it shows later changes. */
    public ScoreBook readOnlyView() {
        return new ScoreBook(scheme, sheets, true);
    }

    private void requireWritable() {
        if (readOnly) {
            throw new DomainException("score.book-read-only");
        }
    }

    /** A score book holding the given entries, each checked as if recorded. */
    public static ScoreBook of(Scheme scheme, Collection<? extends ScoreEntry> entries) {
        ScoreBook book = new ScoreBook(scheme);
        entries.forEach(book::record);
        return book;
    }

    public Scheme scheme() {
        return scheme;
    }

    /** An independent copy. */
    public ScoreBook copy() {
        Map<UnitId, UnitSheet> copied = new HashMap<>();
        sheets.forEach((unit, sheet) -> copied.put(unit, sheet.copy()));
        return new ScoreBook(scheme, copied, false);
    }

    /** Records an entry after checking it against its indicator. */
    public void record(ScoreEntry entry) {
        requireWritable();
        int i = scheme.indexOf(entry.indicator());
        Indicator indicator = scheme.indicators().get(i);
        IndicatorKind kind = indicator.kind();
        switch (entry) {
            case ScoreEntry.Verified v -> {
                requireKind(indicator, kind.scoredByScorers(), "POINTS/BONUS");
                indicator.checkInRange(v.points());
                sheet(v.unit()).putVerified(i, v.scorer(), v.points().cents());
            }
            case ScoreEntry.SelfInspected s -> {
                requireKind(indicator, kind instanceof IndicatorKind.Scored, "POINTS");
                indicator.checkInRange(s.points());
                sheet(s.unit()).putSelf(i, s.points().cents());
            }
            case ScoreEntry.Measured m -> {
                if (!(kind instanceof IndicatorKind.Measured(var rule))) {
                    throw wrongKind(indicator, "MEASURED");
                }
                if (!rule.accepts(m.value())) {
                    throw new DomainException("measured.wrong-type", m.value().toString(), rule.describe());
                }
                long points = rule.points(m.value(), indicator.max())
                        .setScale(Decimals.INTERMEDIATE_SCALE, Decimals.ROUNDING).unscaledValue().longValueExact();
                sheet(m.unit()).putMeasured(i, m.value(), points);
            }
            case ScoreEntry.VetoOutcome o -> {
                requireKind(indicator, kind instanceof IndicatorKind.Veto, "VETO");
                sheet(o.unit()).putVeto(i, o.passed(), o.note());
            }
            case ScoreEntry.Violation v -> {
                requireKind(indicator, kind instanceof IndicatorKind.Deduction, "DEDUCTION");
                if (!v.points().isPositive()) {
                    throw new DomainException("deduction.points-must-be-positive", indicator.code().value());
                }
                sheet(v.unit()).addViolation(i, v);
            }
            case ScoreEntry.NotApplicable n -> sheet(n.unit()).putNotApplicable(i, n.reason());
        }
    }

    /** Removes one scorer's verified score; true when there was one. */
    public boolean removeVerified(UnitId unit, IndicatorCode code, ScorerId scorer) {
        requireWritable();
        UnitSheet sheet = sheets.get(unit);
        return sheet != null && sheet.removeVerified(scheme.indexOf(code), scorer);
    }

    /** Marks the indicator applicable to the unit again. */
    public void clearNotApplicable(UnitId unit, IndicatorCode code) {
        requireWritable();
        UnitSheet sheet = sheets.get(unit);
        if (sheet != null) {
            sheet.putNotApplicable(scheme.indexOf(code), null);
        }
    }

    private static void requireKind(Indicator indicator, boolean ok, String expected) {
        if (!ok) {
            throw wrongKind(indicator, expected);
        }
    }

    private static DomainException wrongKind(Indicator indicator, String expected) {
        return new DomainException("score.wrong-kind-of-entry", indicator.code().value(), indicator.kind().name(),
                expected);
    }

    private UnitSheet sheet(UnitId unit) {
        return sheets.computeIfAbsent(unit, u -> new UnitSheet(scheme.indicators().size()));
    }

    /** What is recorded for the unit, or an empty sheet. */
    public UnitSheet sheetOf(UnitId unit) {
        UnitSheet sheet = sheets.get(unit);
        return sheet != null ? sheet : new UnitSheet(scheme.indicators().size());
    }

    public List<Points> verified(UnitId unit, IndicatorCode code) {
        UnitSheet s = sheetOf(unit);
        int i = scheme.indexOf(code);
        List<Points> out = new ArrayList<>();
        for (int k = 0; k < s.count(i); k++) {
            out.add(Points.ofCents(s.centAt(i, k)));
        }
        return out;
    }

    public Optional<Points> selfInspection(UnitId unit, IndicatorCode code) {
        UnitSheet s = sheetOf(unit);
        int i = scheme.indexOf(code);
        return s.hasSelfInspection(i) ? Optional.of(Points.ofCents(s.selfInspectionCents(i))) : Optional.empty();
    }

    public Optional<MeasuredValue> measured(UnitId unit, IndicatorCode code) {
        return Optional.ofNullable(sheetOf(unit).measured(scheme.indexOf(code)));
    }

    public boolean isNotApplicable(UnitId unit, IndicatorCode code) {
        return sheetOf(unit).isNotApplicable(scheme.indexOf(code));
    }

    /** Every entry, unit by unit in no particular order; enough to restore the book with {@link #of}. */
    public List<ScoreEntry> entries() {
        List<ScoreEntry> out = new ArrayList<>();
        List<Indicator> indicators = scheme.indicators();
        sheets.forEach((unit, s) -> {
            for (int i = 0; i < s.size(); i++) {
                IndicatorCode code = indicators.get(i).code();
                for (int k = 0; k < s.count(i); k++) {
                    out.add(new ScoreEntry.Verified(unit, code, s.scorerAt(i, k), Points.ofCents(s.centAt(i, k))));
                }
                if (s.hasSelfInspection(i)) {
                    out.add(new ScoreEntry.SelfInspected(unit, code, Points.ofCents(s.selfInspectionCents(i))));
                }
                if (s.measured(i) != null) {
                    out.add(new ScoreEntry.Measured(unit, code, s.measured(i)));
                }
                if (s.vetoPassed(i) != null) {
                    out.add(new ScoreEntry.VetoOutcome(unit, code, s.vetoPassed(i), s.vetoNote(i)));
                }
                out.addAll(s.violations(i));
                if (s.isNotApplicable(i)) {
                    out.add(new ScoreEntry.NotApplicable(unit, code, s.notApplicableReason(i)));
                }
            }
        });
        return out;
    }

    /** The same entries under another scheme (an amendment); entries the new scheme refuses are named errors. */
    public ScoreBook rebase(Scheme newScheme) {
        return of(newScheme, entries());
    }
}
