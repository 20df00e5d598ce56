package com.pingyi.evaluation.ui.scoreimport;

import java.io.ByteArrayOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Score files made byte by byte for the import tests: a minimal XLSX package written by hand (so that
 * every part can be made wrong on purpose: a formula, a merged range, a DOCTYPE, a macro part), and CSV
 * text in a chosen encoding.
 */
final class ScoreFiles {

    static final List<String> HEADERS = List.of("单位编码", "单位名称", "指标编码", "指标名称", "评议方式", "指标类型", "满分",
            "评分人", "分值", "说明");

    private ScoreFiles() {
    }

    /** A cell of a hand-made sheet: inline text, a number, or any raw {@code <c>} XML. */
    static String text(String col, int row, String value) {
        return "<c r=\"" + col + row + "\" t=\"inlineStr\"><is><t>" + xml(value) + "</t></is></c>";
    }

    static String number(String col, int row, String value) {
        return "<c r=\"" + col + row + "\"><v>" + value + "</v></c>";
    }

    static String raw(String xml) {
        return xml;
    }

    /** A sheet's rows of cells, the first row the template's headers unless {@code headers} is given. */
    static final class Sheet {
        final String name;
        final List<String> rows = new ArrayList<>();
        String merges = "";
        String prolog = "";

        Sheet(String name, List<String> headers) {
            this.name = name;
            StringBuilder h = new StringBuilder();
            for (int i = 0; i < headers.size(); i++) {
                h.append(text(col(i), 1, headers.get(i)));
            }
            rows.add(h.toString());
        }

        /** A data row from plain values: blank ones are left out, numeric-looking value column (I) as a number. */
        Sheet row(String... values) {
            int r = rows.size() + 1;
            StringBuilder cells = new StringBuilder();
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null || values[i].isEmpty()) {
                    continue;
                }
                cells.append(i == 8 && values[i].matches("-?[0-9.]+(E-?[0-9]+)?") ? number(col(i), r, values[i]) : text(col(i), r, values[i]));
            }
            rows.add(cells.toString());
            return this;
        }

        /** A data row of raw cell XML. */
        Sheet rawRow(String cellsXml) {
            rows.add(cellsXml);
            return this;
        }

        int nextRow() {
            return rows.size() + 1;
        }

        String xml() {
            StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n").append(prolog)
                    .append("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            for (int i = 0; i < rows.size(); i++) {
                s.append("<row r=\"").append(i + 1).append("\">").append(rows.get(i)).append("</row>");
            }
            s.append("</sheetData>").append(merges).append("</worksheet>");
            return s.toString();
        }
    }

    static Sheet sheet() {
        return new Sheet("评分", HEADERS);
    }

    static String col(int i) {
        return String.valueOf((char) ('A' + i));
    }

    /** The parts of a workbook with one sheet; callers may replace or add parts before zipping. */
    static Map<String, byte[]> parts(Sheet sheet) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + "</Types>"));
        parts.put("_rels/.rels", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>"));
        parts.put("xl/workbook.xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<sheets><sheet name=\"" + xml(sheet.name) + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
        parts.put("xl/_rels/workbook.xml.rels", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "</Relationships>"));
        parts.put("xl/worksheets/sheet1.xml", utf8(sheet.xml()));
        return parts;
    }

    static byte[] xlsx(Sheet sheet) {
        return zip(parts(sheet));
    }

    static byte[] zip(Map<String, byte[]> parts) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CSV text: the template's header and the given rows, each value quoted when it needs to be. */
    static String csv(List<String> header, List<List<String>> rows) {
        StringBuilder s = new StringBuilder(line(header));
        rows.forEach(r -> s.append(line(r)));
        return s.toString();
    }

    private static String line(List<String> values) {
        List<String> quoted = values.stream().map(v -> v == null ? "" : v.contains(",") || v.contains("\"")
                ? "\"" + v.replace("\"", "\"\"") + "\"" : v).toList();
        return String.join(",", quoted) + "\r\n";
    }

    static byte[] encoded(String text, Charset charset, boolean bom) {
        byte[] body = text.getBytes(charset);
        if (!bom) {
            return body;
        }
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        return withBom;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** A workbook as Apache POI (and so, in its ZIP layout, Excel) writes it: numbers as numeric cells, text as strings. */
    static byte[] poiWorkbook(List<List<String>> rows) {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("评分");
            var header = sheet.createRow(0);
            for (int c = 0; c < HEADERS.size(); c++) {
                header.createCell(c).setCellValue(HEADERS.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    String v = rows.get(r).get(c);
                    if (v.isEmpty()) {
                        continue;
                    }
                    if (c == 8 && v.matches("[0-9.]+")) {
                        row.createCell(c).setCellValue(Double.parseDouble(v));
                    } else {
                        row.createCell(c).setCellValue(v);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static byte[] legacyXls() {
        try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("评分").createRow(0).createCell(0).setCellValue("单位编码");
            workbook.write(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] encrypted(byte[] xlsx) {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (OPCPackage opc = OPCPackage.open(new java.io.ByteArrayInputStream(xlsx));
                 java.io.OutputStream os = encryptor.getDataStream(fs)) {
                opc.save(os);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
