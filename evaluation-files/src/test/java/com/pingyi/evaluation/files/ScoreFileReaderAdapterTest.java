package com.pingyi.evaluation.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.pingyi.evaluation.application.port.out.ScoreFile;
import com.pingyi.evaluation.application.port.out.WorkbookWriterPort;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The adapter alone: cells with their kinds and positions, the encoding found, the row limit, and a written workbook read back. */
class ScoreFileReaderAdapterTest {

    final ScoreFileReaderAdapter reader = new ScoreFileReaderAdapter();

    @Test
    void a_csv_is_read_as_utf8_with_or_without_bom_and_otherwise_as_gb18030_with_the_same_cells() {
        String text = "单位编码,分值\r\n黄浦区教育局,18.5\r\n\"徐汇区,教育局\",=1+2\r\n";
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        byte[] gb = text.getBytes(Charset.forName("GB18030"));

        ScoreFile a = reader.readScoreFile("a.csv", utf8, "评分", 10);
        ScoreFile b = reader.readScoreFile("b.csv", bom, "评分", 10);
        ScoreFile c = reader.readScoreFile("c.csv", gb, "评分", 10);

        assertThat(List.of(a.encoding(), b.encoding(), c.encoding())).containsExactly("UTF-8", "UTF-8", "GB18030");
        assertThat(b.rows()).isEqualTo(a.rows());
        assertThat(c.rows()).isEqualTo(a.rows());
        assertThat(a.rows().getFirst().cells().getFirst().text()).isEqualTo("单位编码");
        assertThat(a.rows().get(2).cells()).containsExactly(new ScoreFile.Cell.Text(0, "徐汇区,教育局"),
                new ScoreFile.Cell.Formula(1, "=1+2"));
    }

    @Test
    void a_workbook_written_by_the_writer_is_read_back_with_typed_cells_and_the_row_limit_stops_early() throws Exception {
        byte[] written = new WorkbookWriterAdapter().writeWorkbook(List.of(new WorkbookWriterPort.Table("评分", List.of("单位", "分值"),
                List.of(List.of("黄浦区教育局", "18.5"), List.of("徐汇区教育局", "")))));
        ScoreFile read = reader.readScoreFile("t.xlsx", written, "评分", 10);
        assertThat(read.refusal()).isNull();
        assertThat(read.rows()).hasSize(3);
        assertThat(read.rows().get(1).cells()).containsExactly(new ScoreFile.Cell.Text(0, "黄浦区教育局"), new ScoreFile.Cell.Text(1, "18.5"));
        assertThat(read.rows().get(2).cells()).containsExactly(new ScoreFile.Cell.Text(0, "徐汇区教育局"));

        byte[] typed;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var row = workbook.createSheet("评分").createRow(4);
            row.createCell(0).setCellValue(0.1);
            row.createCell(1).setCellValue(true);
            row.createCell(2).setCellFormula("SUM(1,2)");
            row.createCell(3).setCellValue("文字");
            workbook.write(out);
            typed = out.toByteArray();
        }
        assertThat(reader.readScoreFile("t.xlsx", typed, "评分", 10).rows()).singleElement().satisfies(r -> {
            assertThat(r.number()).isEqualTo(5);
            assertThat(r.cells()).containsExactly(new ScoreFile.Cell.Number(0, "0.1"), new ScoreFile.Cell.Bool(1, "TRUE"),
                    new ScoreFile.Cell.Formula(2, "=SUM(1,2)"), new ScoreFile.Cell.Text(3, "文字"));
        });
        assertThat(reader.readScoreFile("t.xlsx", written, "评分", 1).refusal().rule()).isEqualTo("TOO_MANY_ROWS");
        assertThat(reader.readScoreFile("t.xlsx", written, "Sheet1", 10).refusal().rule()).isEqualTo("WRONG_SHEET");
    }
}
