package com.pingyi.evaluation.application.port.out;

import java.util.List;

/** Writes tables into an XLSX workbook, one sheet each, the first row of each a bold header. */
public interface WorkbookWriterPort {

    byte[] writeWorkbook(List<Table> sheets);

    /** One sheet: its name, its header and its rows of text. */
    record Table(String name, List<String> header, List<List<String>> rows) {

        public Table {
            header = List.copyOf(header);
            rows = List.copyOf(rows);
        }
    }
}
