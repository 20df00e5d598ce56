package com.pingyi.evaluation.application.service.round;

import com.pingyi.evaluation.application.port.in.round.GetUnitSheet;
import com.pingyi.evaluation.application.port.in.round.GetUnitSheetUseCase;
import com.pingyi.evaluation.application.readmodel.UnitScoreSheet;
import com.pingyi.evaluation.application.service.access.ScoreAccess;
import com.pingyi.evaluation.application.service.access.Viewer;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.scheme.Dimension;
import com.pingyi.evaluation.domain.scheme.Indicator;
import com.pingyi.evaluation.domain.scheme.IndicatorCode;
import com.pingyi.evaluation.domain.scheme.IndicatorKind;
import com.pingyi.evaluation.domain.scheme.MeasuredRule;
import com.pingyi.evaluation.domain.score.ScoreBook;
import com.pingyi.evaluation.domain.score.ScoreEntry;
import com.pingyi.evaluation.domain.score.ScorerId;
import com.pingyi.evaluation.domain.shared.Decimals;
import com.pingyi.evaluation.domain.shared.Points;
import com.pingyi.evaluation.domain.unit.EvaluatedUnit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.transaction.annotation.Transactional;

class GetUnitSheetService implements GetUnitSheetUseCase {

    private final RoundChanges changes;

    GetUnitSheetService(RoundChanges changes) {
        this.changes = changes;
    }

    @Override
    @Transactional(readOnly = true)
    public UnitScoreSheet getUnitSheet(GetUnitSheet query) {
        EvaluationRound round = changes.load(query.round());
        Viewer viewer = changes.viewer();
        query.chosenUnit().ifPresent(u -> ScoreAccess.checkReadUnit(viewer, round, u));
        // An expert is offered the units of their pairs, a contact their own: the rest is not theirs to read.
        List<EvaluatedUnit> active = ScoreAccess.readableUnits(viewer, round);
        List<UnitScoreSheet.RoundUnit> units = active.stream().map(u -> new UnitScoreSheet.RoundUnit(u.id(), u.name())).toList();
        // A round without a roster takes any scorer id: offer the registered ones and those already seen.
        Set<ScorerId> known = new java.util.TreeSet<>(java.util.Comparator.comparing(ScorerId::value));
        round.scorers().forEach(s -> known.add(s.id()));
        round.scores().entries().forEach(e -> {
            if (e instanceof ScoreEntry.Verified v) {
                known.add(v.scorer());
            }
        });
        List<ScorerId> scorers = viewer.readsEverything() ? List.copyOf(known) : List.of(ScorerId.of(viewer.username()));
        EvaluatedUnit unit = query.chosenUnit().map(round::unit).orElse(active.isEmpty() ? null : active.getFirst());
        if (unit == null) {
            return new UnitScoreSheet(round.id(), round.status(), round.version(), null, null, List.of(), units, scorers);
        }
        List<UnitScoreSheet.Line> lines = new ArrayList<>();
        if (round.scheme().isPresent()) {
            ScoreBook book = round.scores();
            // Scorer ids are only in the entries; the book's read methods give the values alone.
            List<ScoreEntry> entries = book.entries().stream().filter(e -> e.unit().equals(unit.id())).toList();
            Set<IndicatorCode> flagged = round.spreadFlags().stream().filter(f -> f.unit().equals(unit.id()))
                    .map(f -> f.indicator()).collect(Collectors.toSet());
            for (Dimension dimension : round.scheme().get().dimensions()) {
                for (Indicator indicator : dimension.indicators()) {
                    if (ScoreAccess.seesLine(viewer, round, unit.id(), dimension, indicator)) {
                        UnitScoreSheet.Line line = line(book, entries, flagged, unit, dimension, indicator);
                        lines.add(viewer.readsEverything() ? line : ownPart(line, viewer, ScoreAccess.seesOthersScores(viewer, round)));
                    }
                }
            }
        }
        return new UnitScoreSheet(round.id(), round.status(), round.version(), unit.id(), unit.name(), lines,
                units, scorers);
    }

    /**
     * What an expert or a contact sees of a line: their own scores (everybody's once an expert's round
     * is closed), and what follows from others' scores (the score of record, the spread) only then;
     * the unit's claim only to its contact; never the measured values, vetoes or violations of others.
     */
    private static UnitScoreSheet.Line ownPart(UnitScoreSheet.Line line, Viewer viewer, boolean seesOthers) {
        List<UnitScoreSheet.RawScore> raw = seesOthers ? line.verified()
                : line.verified().stream().filter(r -> r.scorer().value().equals(viewer.username())).toList();
        boolean contact = viewer.isUnitContact();
        return new UnitScoreSheet.Line(line.code(), line.name(), line.dimensionName(), line.max(), line.method(), line.kind(),
                line.yesNo(), raw, seesOthers ? line.scoreOfRecord() : null, contact ? line.selfInspection() : null, null, null, null,
                List.of(), line.notApplicableReason(), seesOthers && line.spreadFlagged());
    }

    private static UnitScoreSheet.Line line(ScoreBook book, List<ScoreEntry> entries, Set<IndicatorCode> flagged,
                                            EvaluatedUnit unit, Dimension dimension, Indicator indicator) {
        IndicatorCode code = indicator.code();
        List<UnitScoreSheet.RawScore> raw = new ArrayList<>();
        List<Points> violations = new ArrayList<>();
        Boolean vetoPassed = null;
        String vetoNote = null;
        String notApplicable = null;
        for (ScoreEntry entry : entries) {
            if (!entry.indicator().equals(code)) {
                continue;
            }
            switch (entry) {
                case ScoreEntry.Verified v -> raw.add(new UnitScoreSheet.RawScore(v.scorer(), v.points()));
                case ScoreEntry.Violation v -> violations.add(v.points());
                case ScoreEntry.VetoOutcome o -> {
                    vetoPassed = o.passed();
                    vetoNote = o.note();
                }
                case ScoreEntry.NotApplicable n -> notApplicable = n.reason();
                default -> {
                }
            }
        }
        List<Points> verified = book.verified(unit.id(), code);
        BigDecimal ofRecord = null;
        if (verified.size() >= indicator.aggregation().minimumCount() && !verified.isEmpty()) {
            long[] cents = verified.stream().mapToLong(Points::cents).toArray();
            long unscaled = indicator.aggregation().aggregateCents(cents, cents.length);
            ofRecord = BigDecimal.valueOf(unscaled, Decimals.INTERMEDIATE_SCALE).setScale(Points.SCALE, RoundingMode.HALF_UP);
        }
        if (!book.isNotApplicable(unit.id(), code)) {
            notApplicable = null;
        }
        return new UnitScoreSheet.Line(code, indicator.name(), dimension.name(), indicator.max(), indicator.method(),
                indicator.kind().name(),
                indicator.kind() instanceof IndicatorKind.Measured(var rule) && rule instanceof MeasuredRule.YesNoRule, raw, ofRecord, book.selfInspection(unit.id(), code).orElse(null),
                book.measured(unit.id(), code).map(Object::toString).orElse(null), vetoPassed, vetoNote, violations,
                notApplicable, flagged.contains(code));
    }
}
