package com.pingyi.evaluation.application.port.out;

import com.pingyi.evaluation.application.readmodel.ResultsTable;

/** Writes a round's ranked results as an XLSX workbook. */
public interface ResultsWorkbookPort {

    byte[] render(ResultsTable table);
}
