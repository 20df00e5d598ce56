package com.pingyi.evaluation.application.port.in.scoreimport;

/**
 * One problem of an import file: where (sheet, 1-based row, column; null when the problem is the whole file),
 * the value found, the rule broken (a stable code such as UNKNOWN_UNIT) and a message a user can act on.
 */
public record ScoreImportProblem(String sheet, Integer row, String column, String value, String rule, String message) {
}
