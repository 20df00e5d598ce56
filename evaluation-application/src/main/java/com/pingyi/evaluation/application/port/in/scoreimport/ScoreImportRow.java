package com.pingyi.evaluation.application.port.in.scoreimport;

/**
 * One valid row of an import file as it would be written: its 1-based row in the file, the unit and
 * indicator it names, what kind of entry it becomes (VERIFIED, MEASURED, VETO, VIOLATION, NOT_APPLICABLE),
 * the scorer (for verified scores), the value as written in the file and the note.
 */
public record ScoreImportRow(int row, String unit, String indicator, String entry, String scorer, String value, String note) {
}
