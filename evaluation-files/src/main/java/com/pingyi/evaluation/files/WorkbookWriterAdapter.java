package com.pingyi.evaluation.files;

import com.pingyi.evaluation.application.port.out.WorkbookWriterPort;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

/** Writes workbooks with the streaming SXSSFWorkbook: a template of a national round has 100,000 rows and more. */
@Component
class WorkbookWriterAdapter implements WorkbookWriterPort {

    private static final int ROWS_IN_MEMORY = 200;

    @Override
    public byte[] writeWorkbook(List<Table> sheets) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            for (Table table : sheets) {
                Sheet sheet = workbook.createSheet(table.name());
                Row first = sheet.createRow(0);
                for (int c = 0; c < table.header().size(); c++) {
                    first.createCell(c).setCellValue(table.header().get(c));
                    first.getCell(c).setCellStyle(header);
                    sheet.setColumnWidth(c, Math.min(255, Math.max(10, table.header().get(c).length() * 4)) * 256);
                }
                sheet.createFreezePane(0, 1);
                int r = 1;
                for (List<String> values : table.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        String v = values.get(c);
                        if (v != null && !v.isEmpty()) {
                            row.createCell(c).setCellValue(v);
                        }
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
