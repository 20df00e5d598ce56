package com.pingyi.evaluation.application.port.out;

/**
 * Reads the cells of a score file (XLSX, or CSV in UTF-8 with or without BOM, or GB18030) as they are,
 * with their positions and kinds, and judges nothing but the file itself: a file that is not safe or not
 * readable (zip bomb, XML entities, macros, encryption, a legacy .xls, too many rows) comes back refused
 * with a named rule, never as an exception.
 */
public interface ScoreFileReaderPort {

    /** The cells of {@code sheetName} (for a CSV file: its only table), at most {@code maxRows} rows after the first. */
    ScoreFile readScoreFile(String fileName, byte[] content, String sheetName, int maxRows);
}
