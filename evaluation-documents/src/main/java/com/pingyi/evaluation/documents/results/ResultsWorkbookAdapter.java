package com.pingyi.evaluation.documents.results;

import com.pingyi.evaluation.application.port.out.ResultsWorkbookPort;
import com.pingyi.evaluation.application.readmodel.ResultsTable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The results as one sheet, streamed (SXSSF keeps 100 rows in memory, so a national round of thousands of
 * units costs no more than a city's): rank, unit, score rate, band, named in the notice, vetoed, then the
 * rate of every dimension. Rates are numbers with the round's decimals, so that a spreadsheet can sort
 * and sum them.
 */
@Component
public class ResultsWorkbookAdapter implements ResultsWorkbookPort {

    static final String SHEET = "评议结果";
    private static final int WINDOW = 100;

    @Override
    public byte[] render(ResultsTable table) {
        // Closing the streaming workbook also removes its temporary files.
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.getXSSFWorkbook().getProperties().getCoreProperties().setTitle(table.roundTitle());
            SXSSFSheet sheet = workbook.createSheet(SHEET);
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            CellStyle rate = workbook.createCellStyle();
            rate.setDataFormat(workbook.createDataFormat().getFormat(format(table.precision())));

            List<String> headings = new ArrayList<>(List.of("排名", "单位", "得分率（%）", "档次", "通知中列名", "单项否决"));
            table.dimensions().forEach(d -> headings.add(d + "（%）"));
            Row top = sheet.createRow(0);
            for (int c = 0; c < headings.size(); c++) {
                top.createCell(c).setCellValue(headings.get(c));
                top.getCell(c).setCellStyle(header);
                sheet.setColumnWidth(c, (c == 1 ? 24 : Math.max(10, headings.get(c).length() * 2 + 2)) * 256);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (ResultsTable.Row row : table.rows()) {
                Row line = sheet.createRow(r++);
                if (row.rank() != null) {
                    line.createCell(0).setCellValue(row.rank());
                }
                line.createCell(1).setCellValue(row.unitName());
                number(line, 2, row.scoreRate(), rate);
                if (row.band() != null) {
                    line.createCell(3).setCellValue(row.band());
                    line.createCell(4).setCellValue(row.named() ? "是" : "否");
                    line.createCell(5).setCellValue(row.vetoed() ? "是" : "否");
                }
                for (int d = 0; d < row.dimensionRates().size(); d++) {
                    number(line, 6 + d, row.dimensionRates().get(d), rate);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing the results as XLSX failed", e);
        }
    }

    /**
     * A rate as a number cell. XLSX stores numbers as the decimal text of a binary double; a rate of a
     * few digits is one that a double reproduces digit for digit, and that is checked, not assumed: a
     * figure that would not survive is written as text instead, never altered.
     */
    private static void number(Row line, int column, BigDecimal value, CellStyle style) {
        if (value == null) {
            return;
        }
        double asDouble = value.doubleValue();
        if (new BigDecimal(Double.toString(asDouble)).compareTo(value) == 0) {
            line.createCell(column).setCellValue(asDouble);
            line.getCell(column).setCellStyle(style);
        } else {
            line.createCell(column).setCellValue(value.toPlainString());
        }
    }

    private static String format(int precision) {
        return precision == 0 ? "0" : "0." + "0".repeat(precision);
    }
}
