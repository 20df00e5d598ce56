package com.pingyi.evaluation.application.service.scoreimport;

import static com.pingyi.evaluation.application.service.scoreimport.ImportMessages.broken;
import static com.pingyi.evaluation.application.service.scoreimport.ImportMessages.problem;
import static com.pingyi.evaluation.application.service.scoreimport.ScoreSheetLayout.HEADERS;

import com.pingyi.evaluation.application.port.in.scoreimport.ScoreImportProblem;
import com.pingyi.evaluation.application.port.in.scoreimport.ScoreImportRow;
import com.pingyi.evaluation.application.port.out.ScoreFile;
import com.pingyi.evaluation.application.port.out.ScoreFileReaderPort;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.round.RejectedEntriesException;
import com.pingyi.evaluation.domain.score.ScoreEntry;
import com.pingyi.evaluation.domain.shared.DomainException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Checks a score file against a round: the file (size, safety, sheet, headers), each row (types,
 * blanks, ranges, codes, duplicates) and then every entry through the domain's own rules, by recording
 * them all or nothing into the round given. Collects every problem rather than stopping at the first.
 */
final class ScoreFileCheck {

    /** The outcome: rows read after the header, the entries (recorded into the round when there is no problem). */
    record Checked(int rowsRead, List<ScoreEntry> entries, List<ScoreImportRow> rows, List<ScoreImportProblem> problems) {

        boolean clean() {
            return problems.isEmpty() && !entries.isEmpty();
        }
    }

    private final ScoreFileReaderPort reader;
    private final ScoreImportLimits limits;

    ScoreFileCheck(ScoreFileReaderPort reader, ScoreImportLimits limits) {
        this.reader = reader;
        this.limits = limits;
    }

    Checked check(EvaluationRound round, String fileName, byte[] content) {
        if (content.length == 0) {
            return refused(problem(null, null, null, fileName, "FILE_EMPTY"));
        }
        if (content.length > limits.maxBytes()) {
            return refused(problem(null, null, null, fileName, "FILE_TOO_LARGE", content.length, limits.maxBytes()));
        }
        ScoreFile file = reader.readScoreFile(fileName, content, ScoreSheetLayout.SHEET, limits.maxRows());
        if (file.refusal() != null) {
            String rule = file.refusal().rule();
            String detail = file.refusal().detail();
            return refused(problem(file.sheet(), null, null, detail, rule, detail, "TOO_MANY_ROWS".equals(rule)
                    ? limits.maxRows() : ScoreSheetLayout.SHEET));
        }
        String sheet = file.sheet();
        if (file.rows().isEmpty() || !headersMatch(file.rows().getFirst())) {
            String found = file.rows().isEmpty() ? "" : file.rows().getFirst().cells().stream().map(ScoreFile.Cell::text)
                    .collect(Collectors.joining("、"));
            return refused(problem(sheet, 1, null, found, "WRONG_HEADERS", found, String.join("、", HEADERS)));
        }
        List<ScoreImportProblem> problems = new ArrayList<>();
        for (ScoreFile.Merged m : file.merged()) {
            String range = ScoreSheetLayout.letter(m.firstColumn()) + m.firstRow() + ":" + ScoreSheetLayout.letter(m.lastColumn()) + m.lastRow();
            problems.add(problem(sheet, m.firstRow(), ScoreSheetLayout.column(m.firstColumn()), range, "MERGED_CELL", range));
        }
        List<ScoreFile.Row> data = file.rows().subList(1, file.rows().size());
        if (data.isEmpty()) {
            problems.add(problem(sheet, null, null, null, "NO_ROWS"));
            return new Checked(0, List.of(), List.of(), problems);
        }
        ScoreRowReader rowReader = new ScoreRowReader(round, sheet, problems);
        List<ScoreRowReader.Read> read = new ArrayList<>(data.size());
        for (ScoreFile.Row row : data) {
            ScoreRowReader.Read r = rowReader.read(row);
            if (r != null) {
                read.add(r);
            }
        }
        List<ScoreEntry> entries = read.stream().map(ScoreRowReader.Read::entry).toList();
        try {
            round.recordAll(entries);
        } catch (RejectedEntriesException rejected) {
            for (RejectedEntriesException.Rejection r : rejected.rejections()) {
                ScoreRowReader.Read at = read.get(r.index());
                problems.add(broken(sheet, at.row().row(), ScoreSheetLayout.column(at.column(r.rule())), at.row().value(), r.rule()));
            }
        } catch (DomainException e) {
            // the round itself refuses (not open, no scheme): a problem of the whole file
            problems.add(broken(sheet, null, null, null, e));
        }
        problems.sort(java.util.Comparator.comparing((ScoreImportProblem p) -> p.row() == null ? 0 : p.row()));
        return new Checked(data.size(), entries, read.stream().map(ScoreRowReader.Read::row).toList(), problems);
    }

    private static boolean headersMatch(ScoreFile.Row first) {
        for (int i = 0; i < HEADERS.size(); i++) {
            ScoreFile.Cell cell = first.cell(i);
            if (cell == null || !HEADERS.get(i).equals(cell.text().strip())) {
                return false;
            }
        }
        return first.cells().stream().allMatch(c -> c.column() < HEADERS.size());
    }

    private static Checked refused(ScoreImportProblem problem) {
        return new Checked(0, List.of(), List.of(), List.of(problem));
    }
}
