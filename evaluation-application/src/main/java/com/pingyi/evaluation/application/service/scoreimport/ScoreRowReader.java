package com.pingyi.evaluation.application.service.scoreimport;

import static com.pingyi.evaluation.application.service.scoreimport.ImportMessages.broken;
import static com.pingyi.evaluation.application.service.scoreimport.ImportMessages.problem;
import static com.pingyi.evaluation.application.service.scoreimport.ScoreSheetLayout.HEADERS;
import static com.pingyi.evaluation.application.service.scoreimport.ScoreSheetLayout.INDICATOR_CODE;
import static com.pingyi.evaluation.application.service.scoreimport.ScoreSheetLayout.NOTE;
import static com.pingyi.evaluation.application.service.scoreimport.ScoreSheetLayout.SCORER;
import static com.pingyi.evaluation.application.service.scoreimport.ScoreSheetLayout.UNIT_CODE;
import static com.pingyi.evaluation.application.service.scoreimport.ScoreSheetLayout.VALUE;
import static com.pingyi.evaluation.application.service.scoreimport.ScoreSheetLayout.column;
import static com.pingyi.evaluation.application.service.scoreimport.ScoreSheetLayout.isOneOf;

import com.pingyi.evaluation.application.port.in.scoreimport.ScoreImportProblem;
import com.pingyi.evaluation.application.port.in.scoreimport.ScoreImportRow;
import com.pingyi.evaluation.application.port.out.ScoreFile;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.scheme.Indicator;
import com.pingyi.evaluation.domain.scheme.IndicatorCode;
import com.pingyi.evaluation.domain.scheme.MeasuredValue;
import com.pingyi.evaluation.domain.score.ScoreEntry;
import com.pingyi.evaluation.domain.score.ScorerId;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.shared.Points;
import com.pingyi.evaluation.domain.unit.EvaluatedUnit;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Turns one data row into a score entry, or into the problems that stop it; a row with a problem gives no entry. */
final class ScoreRowReader {

    /** A valid row and its entry. */
    record Read(ScoreImportRow row, ScoreEntry entry) {

        /** The column a rule of the domain is about, for the report. */
        int column(DomainException rule) {
            String key = rule.messageKey();
            if (key.startsWith("score.scorer") || key.startsWith("scorer.") || key.startsWith("score.conflict")) {
                return SCORER;
            }
            if (key.startsWith("round.unit")) {
                return UNIT_CODE;
            }
            if (key.endsWith("reason-required") || key.endsWith("note-required")) {
                return NOTE;
            }
            return VALUE;
        }
    }

    private static final Set<String> NOT_A_NUMBER = Set.of("nan", "+nan", "-nan", "inf", "+inf", "-inf", "infinity",
            "+infinity", "-infinity", "∞", "+∞", "-∞", "#num!");

    private final String sheet;
    private final List<ScoreImportProblem> problems;
    private final Map<String, EvaluatedUnit> units = new HashMap<>();
    private final Map<String, Indicator> indicators = new HashMap<>();
    private final Map<String, Integer> seen = new HashMap<>();

    ScoreRowReader(EvaluationRound round, String sheet, List<ScoreImportProblem> problems) {
        this.sheet = sheet;
        this.problems = problems;
        for (EvaluatedUnit u : round.units()) {
            units.put(u.id().toString().toLowerCase(Locale.ROOT), u);
            units.putIfAbsent(u.name(), u);
        }
        round.scheme().ifPresent(s -> s.indicators().forEach(i -> indicators.put(i.code().value(), i)));
    }

    Read read(ScoreFile.Row row) {
        int before = problems.size();
        int n = row.number();
        for (ScoreFile.Cell cell : row.cells()) {
            switch (cell) {
                case ScoreFile.Cell.Formula f -> problems.add(problem(sheet, n, column(f.column()), f.text(), "FORMULA", f.text()));
                case ScoreFile.Cell.Error e -> problems.add(problem(sheet, n, column(e.column()), e.text(), "ERROR_CELL", e.text()));
                default -> {
                    if (cell.column() >= HEADERS.size()) {
                        problems.add(problem(sheet, n, column(cell.column()), cell.text(), "EXTRA_CELL", cell.text()));
                    }
                }
            }
        }
        String unitText = required(row, UNIT_CODE);
        String codeText = required(row, INDICATOR_CODE);
        ScoreFile.Cell valueCell = row.cell(VALUE);
        if (valueCell == null || valueCell.text().isBlank()) {
            blank(n, VALUE);
        }
        if (problems.size() > before) {
            return null;
        }
        EvaluatedUnit unit = units.get(unitText.toLowerCase(Locale.ROOT));
        if (unit == null) {
            unit = units.get(unitText);
        }
        if (unit == null) {
            problems.add(problem(sheet, n, column(UNIT_CODE), unitText, "UNKNOWN_UNIT", unitText));
        }
        Indicator indicator = indicators.get(codeText);
        if (indicator == null) {
            problems.add(problem(sheet, n, column(INDICATOR_CODE), codeText, "UNKNOWN_INDICATOR", codeText));
        }
        if (unit == null || indicator == null) {
            return null;
        }
        String scorer = text(row, SCORER);
        String note = text(row, NOTE);
        String value = valueCell.text().strip();
        ScoreEntry entry;
        try {
            entry = entry(n, unit, indicator, valueCell, scorer, note);
        } catch (DomainException e) {
            problems.add(broken(sheet, n, column(new Read(null, null).column(e)), value, e));
            return null;
        }
        if (entry == null) {
            return null;
        }
        String key = duplicateKey(entry);
        if (key != null) {
            Integer first = seen.putIfAbsent(key, n);
            if (first != null) {
                problems.add(problem(sheet, n, column(INDICATOR_CODE), codeText, "DUPLICATE_ROW", codeText, first));
                return null;
            }
        }
        String kind = switch (entry) {
            case ScoreEntry.Verified v -> "VERIFIED";
            case ScoreEntry.SelfInspected s -> "SELF_INSPECTED";
            case ScoreEntry.Measured m -> "MEASURED";
            case ScoreEntry.VetoOutcome o -> "VETO";
            case ScoreEntry.Violation v -> "VIOLATION";
            case ScoreEntry.NotApplicable a -> "NOT_APPLICABLE";
        };
        String by = entry instanceof ScoreEntry.Verified v ? v.scorer().value() : null;
        return new Read(new ScoreImportRow(n, unit.name(), indicator.code().value(), kind, by, value, note), entry);
    }

    private ScoreEntry entry(int n, EvaluatedUnit unit, Indicator indicator, ScoreFile.Cell cell, String scorer, String note) {
        String value = cell.text().strip();
        IndicatorCode code = indicator.code();
        if (cell instanceof ScoreFile.Cell.Text && isOneOf(value, ScoreSheetLayout.NOT_APPLICABLE)) {
            return new ScoreEntry.NotApplicable(unit.id(), code, note);
        }
        return switch (indicator.kind().name()) {
            case "POINTS", "BONUS" -> {
                Points points = points(n, indicator, cell);
                if (points == null) {
                    yield null;
                }
                if (scorer == null) {
                    blank(n, SCORER);
                    yield null;
                }
                yield new ScoreEntry.Verified(unit.id(), code, ScorerId.of(scorer), points);
            }
            case "DEDUCTION" -> {
                Points points = points(n, indicator, cell);
                yield points == null ? null : new ScoreEntry.Violation(unit.id(), code, points, note);
            }
            case "MEASURED" -> {
                if (cell instanceof ScoreFile.Cell.Bool || isOneOf(value, ScoreSheetLayout.YES) || isOneOf(value, ScoreSheetLayout.NO)) {
                    boolean yes = isOneOf(value, ScoreSheetLayout.YES) || "1".equals(value);
                    yield new ScoreEntry.Measured(unit.id(), code, yes ? MeasuredValue.yes() : MeasuredValue.no());
                }
                BigDecimal quantity = number(n, cell, "数值或“是/否”");
                if (quantity == null) {
                    yield null;
                }
                if (quantity.signum() < 0) {
                    problems.add(problem(sheet, n, column(VALUE), value, "OUT_OF_RANGE", value, code.value(), "∞"));
                    yield null;
                }
                yield new ScoreEntry.Measured(unit.id(), code, new MeasuredValue.Quantity(quantity));
            }
            case "VETO" -> {
                boolean passed = isOneOf(value, ScoreSheetLayout.PASSED) || cell instanceof ScoreFile.Cell.Bool && "1".equals(value);
                boolean failed = isOneOf(value, ScoreSheetLayout.FAILED) || cell instanceof ScoreFile.Cell.Bool && "0".equals(value);
                if (!passed && !failed) {
                    problems.add(problem(sheet, n, column(VALUE), value, "WRONG_TYPE", value, HEADERS.get(VALUE), "“通过”或“不通过”"));
                    yield null;
                }
                yield new ScoreEntry.VetoOutcome(unit.id(), code, passed, note);
            }
            default -> throw new IllegalStateException("an indicator kind the import does not know: " + indicator.kind().name());
        };
    }

    private Points points(int n, Indicator indicator, ScoreFile.Cell cell) {
        BigDecimal number = number(n, cell, "数值");
        if (number == null) {
            return null;
        }
        if (number.signum() < 0 || number.compareTo(indicator.max().value()) > 0) {
            problems.add(problem(sheet, n, column(VALUE), cell.text().strip(), "OUT_OF_RANGE", number.toPlainString(),
                    indicator.code().value(), indicator.max().value().toPlainString()));
            return null;
        }
        return new Points(number);
    }

    /** An exact number, or null with the problem recorded: never through a double, so 0.1 stays 0.1. */
    private BigDecimal number(int n, ScoreFile.Cell cell, String expected) {
        String text = cell.text().strip();
        if (cell instanceof ScoreFile.Cell.Bool) {
            problems.add(problem(sheet, n, column(VALUE), text, "WRONG_TYPE", text, HEADERS.get(VALUE), expected));
            return null;
        }
        if (NOT_A_NUMBER.contains(text.toLowerCase(Locale.ROOT))) {
            problems.add(problem(sheet, n, column(VALUE), text, "NOT_A_NUMBER", text, HEADERS.get(VALUE)));
            return null;
        }
        try {
            if (text.length() > 40) {
                throw new NumberFormatException("too long");
            }
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            problems.add(problem(sheet, n, column(VALUE), text, "WRONG_TYPE", text, HEADERS.get(VALUE), expected));
            return null;
        }
    }

    private String required(ScoreFile.Row row, int column) {
        String text = text(row, column);
        if (text == null) {
            blank(row.number(), column);
        }
        return text;
    }

    private void blank(int n, int column) {
        problems.add(problem(sheet, n, column(column), "", "BLANK_CELL", "", HEADERS.get(column)));
    }

    private static String text(ScoreFile.Row row, int column) {
        ScoreFile.Cell cell = row.cell(column);
        return cell == null || cell.text().isBlank() ? null : cell.text().strip();
    }

    /** What may appear once in a file; a deduction's violations may repeat. */
    private static String duplicateKey(ScoreEntry entry) {
        String base = entry.unit() + "|" + entry.indicator().value();
        return switch (entry) {
            case ScoreEntry.Verified v -> base + "|" + v.scorer().value();
            case ScoreEntry.Violation v -> null;
            default -> base;
        };
    }
}
