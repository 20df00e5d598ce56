package com.pingyi.evaluation.files;

import com.pingyi.evaluation.application.port.out.ScoreFile;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** The SAX handler of one worksheet part: rows of typed cells and the merged ranges, stopping past the row limit. */
final class SheetCells extends DefaultHandler {

    /** Thrown to stop parsing as soon as the sheet has more rows than allowed. */
    static final class TooManyRows extends SAXException {
        TooManyRows() {
            super("too many rows");
        }
    }

    private final ReadOnlySharedStringsTable strings;
    private final int maxRows;
    private final List<ScoreFile.Row> rows = new ArrayList<>();
    private final List<ScoreFile.Merged> merged = new ArrayList<>();

    private List<ScoreFile.Cell> cells;
    private int rowNumber;
    private int nextColumn;
    private int column;
    private String type;
    private boolean hasFormula;
    private final StringBuilder formula = new StringBuilder();
    private final StringBuilder value = new StringBuilder();
    private StringBuilder collecting;

    SheetCells(ReadOnlySharedStringsTable strings, int maxRows) {
        this.strings = strings;
        this.maxRows = maxRows;
    }

    List<ScoreFile.Row> rows() {
        return rows;
    }

    List<ScoreFile.Merged> merged() {
        return merged;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (local(qName)) {
            case "row" -> {
                String r = attributes.getValue("r");
                rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                cells = new ArrayList<>();
                nextColumn = 0;
            }
            case "c" -> {
                String ref = attributes.getValue("r");
                column = ref == null ? nextColumn : new CellReference(ref).getCol();
                nextColumn = column + 1;
                type = attributes.getValue("t");
                hasFormula = false;
                formula.setLength(0);
                value.setLength(0);
            }
            case "f" -> {
                hasFormula = true;
                collecting = formula;
            }
            case "v", "t" -> collecting = value;
            case "mergeCell" -> {
                CellRangeAddress range = CellRangeAddress.valueOf(attributes.getValue("ref"));
                merged.add(new ScoreFile.Merged(range.getFirstRow() + 1, range.getLastRow() + 1, range.getFirstColumn(),
                        range.getLastColumn()));
            }
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (collecting != null) {
            collecting.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (local(qName)) {
            case "f", "v", "t" -> collecting = null;
            case "c" -> {
                ScoreFile.Cell cell = cell();
                if (cell != null) {
                    cells.add(cell);
                }
            }
            case "row" -> {
                if (!cells.isEmpty()) {
                    if (rows.size() > maxRows) {
                        throw new TooManyRows();
                    }
                    rows.add(new ScoreFile.Row(rowNumber, cells));
                }
            }
            default -> {
            }
        }
    }

    private ScoreFile.Cell cell() {
        if (hasFormula) {
            String f = formula.toString().strip();
            return new ScoreFile.Cell.Formula(column, "=" + (f.isEmpty() ? "…" : f));
        }
        String v = value.toString();
        String t = type == null ? "n" : type;
        return switch (t) {
            case "s" -> {
                String text = v.isBlank() ? "" : strings.getItemAt(Integer.parseInt(v.strip())).getString();
                yield text.isBlank() ? null : new ScoreFile.Cell.Text(column, text);
            }
            case "inlineStr", "str", "d" -> v.isBlank() ? null : new ScoreFile.Cell.Text(column, v);
            case "b" -> v.isBlank() ? null : new ScoreFile.Cell.Bool(column, "1".equals(v.strip()) ? "TRUE" : "FALSE");
            case "e" -> new ScoreFile.Cell.Error(column, v);
            default -> v.isBlank() ? null : new ScoreFile.Cell.Number(column, v.strip());
        };
    }

    private static String local(String qName) {
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }
}
