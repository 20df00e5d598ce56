package com.pingyi.evaluation.application.port.out;

import java.util.List;

/**
 * The cells of one table of a score file, or the reason the file was refused.
 *
 * @param format    XLSX or CSV
 * @param encoding  the character set a CSV file was read in (UTF-8 or GB18030), null for XLSX
 * @param sheet     the table's name as reported (the sheet's name, or CSV)
 * @param rows      the non-empty rows in file order
 * @param merged    the merged ranges of the sheet
 * @param refusal   why nothing was read, or null
 */
public record ScoreFile(String format, String encoding, String sheet, List<Row> rows, List<Merged> merged, Refusal refusal) {

    public ScoreFile {
        rows = List.copyOf(rows);
        merged = List.copyOf(merged);
    }

    public static ScoreFile refused(String format, String rule, String detail) {
        return new ScoreFile(format, null, null, List.of(), List.of(), new Refusal(rule, detail));
    }

    /** One row: its 1-based number in the file and its non-blank cells. */
    public record Row(int number, List<Cell> cells) {

        public Row {
            cells = List.copyOf(cells);
        }

        public Cell cell(int column) {
            for (Cell c : cells) {
                if (c.column() == column) {
                    return c;
                }
            }
            return null;
        }
    }

    /** A cell as stored: its 0-based column and what it holds. */
    public sealed interface Cell {

        int column();

        /** The text the cell shows (for a formula: the formula). */
        String text();

        record Text(int column, String text) implements Cell {
        }

        /** A number as the file writes it (e.g. 12.5 or 1.0E-2), exact: never through a double. */
        record Number(int column, String text) implements Cell {
        }

        record Bool(int column, String text) implements Cell {
        }

        record Formula(int column, String text) implements Cell {
        }

        /** An error value such as #DIV/0!. */
        record Error(int column, String text) implements Cell {
        }
    }

    /** A merged range, 1-based rows and 0-based columns, inclusive. */
    public record Merged(int firstRow, int lastRow, int firstColumn, int lastColumn) {
    }

    /** Why a file was not read: a stable rule code (ZIP_BOMB, XML_ENTITY, ...) and a detail for the message. */
    public record Refusal(String rule, String detail) {
    }
}
