package com.pingyi.evaluation.files;

import com.pingyi.evaluation.application.port.out.ScoreFile;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file in UTF-8 (with or without BOM) or GB18030. The encoding is decided by the bytes: valid
 * UTF-8 is UTF-8 (GB18030 text with Chinese in it is almost never valid UTF-8), anything else must be
 * valid GB18030. Every cell is text; one that starts with "=" is a formula, as a spreadsheet would take it.
 */
final class CsvScoreReader {

    static final String SHEET = "CSV";
    private static final Charset GB18030 = Charset.forName("GB18030");

    private final byte[] content;
    private final int maxRows;

    CsvScoreReader(byte[] content, int maxRows) {
        this.content = content;
        this.maxRows = maxRows;
    }

    ScoreFile read() {
        int start = 0;
        String encoding = "UTF-8";
        if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF) {
            start = 3;
        }
        String text = decode(StandardCharsets.UTF_8, start);
        if (text == null && start == 0) {
            text = decode(GB18030, 0);
            encoding = "GB18030";
        }
        if (text == null) {
            return ScoreFile.refused("CSV", "UNREADABLE_ENCODING", null);
        }
        List<ScoreFile.Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().get().parse(new StringReader(text))) {
            int number = 0;
            for (CSVRecord record : parser) {
                number++;
                List<ScoreFile.Cell> cells = new ArrayList<>();
                for (int c = 0; c < record.size(); c++) {
                    String value = record.get(c);
                    if (value.isBlank()) {
                        continue;
                    }
                    cells.add(value.strip().startsWith("=") ? new ScoreFile.Cell.Formula(c, value.strip())
                            : new ScoreFile.Cell.Text(c, value));
                }
                if (cells.isEmpty()) {
                    continue;
                }
                if (rows.size() > maxRows) {
                    return ScoreFile.refused("CSV", "TOO_MANY_ROWS", String.valueOf(maxRows));
                }
                rows.add(new ScoreFile.Row(number, cells));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return ScoreFile.refused("CSV", "UNREADABLE_FILE", String.valueOf(e.getMessage()));
        }
        return new ScoreFile("CSV", encoding, SHEET, rows, List.of(), null);
    }

    private String decode(Charset charset, int offset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, offset, content.length - offset)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
