package com.pingyi.evaluation.documents.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.pingyi.evaluation.application.readmodel.ResultsTable;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The results workbook read back: the ranking, and every rate as the exact decimal the domain rounded. */
class ResultsWorkbookAdapterTest {

    @Test
    void the_ranking_reads_back_with_exact_decimal_strings_and_blanks_where_nothing_applies() throws IOException {
        ResultsTable table = new ResultsTable("2019年度评议", 2019, 2, List.of("政府信息公开", "网上办事与服务"), List.of(
                new ResultsTable.Row(1, "黄浦区教育局", new BigDecimal("93.50"), "优秀", true, false,
                        List.of(new BigDecimal("95.10"), new BigDecimal("91.90"))),
                new ResultsTable.Row(2, "杨浦区教育局", new BigDecimal("87.05"), "良好", true, false,
                        Arrays.asList(new BigDecimal("100.00"), null)),
                new ResultsTable.Row(3, "宝山区教育局", new BigDecimal("0.01"), "不合格", false, true,
                        List.of(new BigDecimal("0.00"), new BigDecimal("33.33"))),
                new ResultsTable.Row(null, "未评单位", null, null, false, false, List.of())));

        List<List<String>> read = read(new ResultsWorkbookAdapter().render(table));

        assertThat(read.get(0)).containsExactly("排名", "单位", "得分率（%）", "档次", "通知中列名", "单项否决", "政府信息公开（%）", "网上办事与服务（%）");
        assertThat(read.get(1)).containsExactly("1", "黄浦区教育局", "93.50", "优秀", "是", "否", "95.10", "91.90");
        assertThat(read.get(2)).containsExactly("2", "杨浦区教育局", "87.05", "良好", "是", "否", "100.00", "");
        assertThat(read.get(3)).containsExactly("3", "宝山区教育局", "0.01", "不合格", "否", "是", "0.00", "33.33");
        assertThat(read.get(4)).containsExactly("", "未评单位", "", "", "", "", "", "");
        assertThat(read).hasSize(5);
    }

    @Test
    void rates_are_numbers_a_spreadsheet_can_sort_holding_exactly_the_domain_s_decimal() throws IOException {
        ResultsTable table = new ResultsTable("r", 2019, 2, List.of(), List.of(
                new ResultsTable.Row(1, "a", new BigDecimal("87.05"), "良好", true, false, List.of())));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(new ResultsWorkbookAdapter().render(table)))) {
            var cell = wb.getSheet(ResultsWorkbookAdapter.SHEET).getRow(1).getCell(2);
            assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(new BigDecimal(Double.toString(cell.getNumericCellValue()))).isEqualByComparingTo("87.05");
            assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("0.00");
            assertThat(wb.getProperties().getCoreProperties().getTitle()).isEqualTo("r");
        }
    }

    static List<List<String>> read(byte[] xlsx) throws IOException {
        DataFormatter format = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheet(ResultsWorkbookAdapter.SHEET);
            int width = sheet.getRow(0).getLastCellNum();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < width; c++) {
                    cells.add(row.getCell(c) == null ? "" : format.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
