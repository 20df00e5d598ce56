package com.pingyi.evaluation.files;

import com.pingyi.evaluation.application.port.out.ScoreFile;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Streams one sheet of an XLSX file with XSSFReader and SAX: the workbook is never built in memory (the
 * DOM XSSFWorkbook needs about ten times the file's size, and evaluates nothing we want anyway). Cells
 * keep their kind: a formula is reported as a formula, not as its cached result.
 */
final class XlsxScoreReader {

    private final byte[] content;
    private final String sheetName;
    private final int maxRows;

    XlsxScoreReader(byte[] content, String sheetName, int maxRows) {
        this.content = content;
        this.sheetName = sheetName;
        this.maxRows = maxRows;
    }

    ScoreFile read() {
        ZipPreflight.Finding finding = ZipPreflight.check(content);
        if (finding != null) {
            return ScoreFile.refused("XLSX", finding.rule(), finding.detail());
        }
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            if (pkg.getPartsByContentType("application/vnd.ms-excel.sheet.macroEnabled.main+xml").size() > 0) {
                return ScoreFile.refused("XLSX", "MACRO_ENABLED", "macroEnabled");
            }
            XSSFReader reader = new XSSFReader(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            List<String> names = new ArrayList<>();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    String name = sheets.getSheetName();
                    names.add(name);
                    if (name.strip().equals(sheetName)) {
                        SheetCells cells = new SheetCells(new ReadOnlySharedStringsTable(pkg), maxRows);
                        XMLReader xml = secureReader();
                        xml.setContentHandler(cells);
                        try {
                            xml.parse(new InputSource(sheet));
                        } catch (SheetCells.TooManyRows e) {
                            return ScoreFile.refused("XLSX", "TOO_MANY_ROWS", String.valueOf(maxRows));
                        }
                        return new ScoreFile("XLSX", null, name, cells.rows(), cells.merged(), null);
                    }
                }
            }
            return new ScoreFile("XLSX", null, null, List.of(), List.of(),
                    new ScoreFile.Refusal("WRONG_SHEET", String.join("、", names)));
        } catch (Exception e) {
            return ScoreFile.refused("XLSX", rule(e), String.valueOf(rootMessage(e)));
        }
    }

    /** The failures POI reports by message only, named by their rule. */
    static String rule(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("zip bomb")) {
                return "ZIP_BOMB";
            }
            if (m.contains("doctype") || m.contains("entity") || m.contains("entities")) {
                return "XML_ENTITY";
            }
            if (m.contains("encrypt") || m.contains("password")) {
                return "ENCRYPTED";
            }
        }
        return "UNREADABLE_FILE";
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    /** A SAX reader that refuses any DOCTYPE and resolves no external entity: XXE and entity expansion cannot start. */
    static XMLReader secureReader() throws Exception {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(false);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory.newSAXParser().getXMLReader();
    }
}
