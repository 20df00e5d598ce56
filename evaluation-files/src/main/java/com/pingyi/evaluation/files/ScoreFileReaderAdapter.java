package com.pingyi.evaluation.files;

import com.pingyi.evaluation.application.port.out.ScoreFile;
import com.pingyi.evaluation.application.port.out.ScoreFileReaderPort;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.springframework.stereotype.Component;

/**
 * Reads a score file by what its bytes are, not by its name: a ZIP container is read as XLSX, an OLE2
 * container is refused as encrypted or as a legacy .xls, anything else named .csv or .txt is read as CSV.
 */
@Component
class ScoreFileReaderAdapter implements ScoreFileReaderPort {

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    @Override
    public ScoreFile readScoreFile(String fileName, byte[] content, String sheetName, int maxRows) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (startsWith(content, ZIP)) {
            return new XlsxScoreReader(content, sheetName, maxRows).read();
        }
        if (startsWith(content, OLE2)) {
            return ole2(content);
        }
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return new CsvScoreReader(content, maxRows).read();
        }
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
            return ScoreFile.refused("XLSX", "UNREADABLE_FILE", fileName);
        }
        return ScoreFile.refused(null, "UNSUPPORTED_FORMAT", fileName);
    }

    /** Office encrypts an XLSX into an OLE2 container; Excel 97-2003 writes one too. Neither is read. */
    private static ScoreFile ole2(byte[] content) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            DirectoryNode root = fs.getRoot();
            Set<String> entries = root.getEntryNames();
            if (entries.contains("EncryptionInfo") || entries.contains("EncryptedPackage")) {
                return ScoreFile.refused("XLSX", "ENCRYPTED", "EncryptionInfo");
            }
            if (entries.contains("Workbook") || entries.contains("Book")) {
                return ScoreFile.refused("XLS", "LEGACY_XLS", String.join(", ", entries));
            }
            return ScoreFile.refused(null, "UNSUPPORTED_FORMAT", String.join(", ", entries));
        } catch (IOException | RuntimeException e) {
            return ScoreFile.refused(null, "UNREADABLE_FILE", String.valueOf(e.getMessage()));
        }
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
