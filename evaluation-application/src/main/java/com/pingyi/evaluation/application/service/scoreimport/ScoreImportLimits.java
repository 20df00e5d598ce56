package com.pingyi.evaluation.application.service.scoreimport;

/**
 * How large an import file may be: its size in bytes and its rows after the header. Both are named in
 * the problem a larger file gets, with the setting that raises them (pingyi.import.max-bytes, pingyi.import.max-rows).
 */
public record ScoreImportLimits(long maxBytes, int maxRows) {

    /** 20 MB and 200,000 rows: a national round's third-party scores (3,000 units x 50 indicators) fit. */
    public static final ScoreImportLimits DEFAULT = new ScoreImportLimits(20L * 1024 * 1024, 200_000);

    public ScoreImportLimits {
        if (maxBytes <= 0 || maxRows <= 0) {
            throw new IllegalArgumentException("import limits must be positive: " + maxBytes + " bytes, " + maxRows + " rows");
        }
    }
}
