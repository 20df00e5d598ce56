package com.pingyi.evaluation.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * Looks through an XLSX container before any XML parser sees it: every entry is inflated once, counting,
 * so that a zip bomb is refused by its size or its compression ratio (the same 1:100 POI enforces), and
 * the start of every XML part is searched for a DOCTYPE or an entity declaration, which no Office file has
 * and XXE and billion-laughs attacks need. Macros (a vbaProject part) are found here too. The entries
 * are read as POI reads a stream, by their local headers (Commons Compress, which also takes the data
 * descriptors that POI and Excel write; the JDK's ZipInputStream refuses some of those).
 */
final class ZipPreflight {

    /** Inflated bytes per compressed byte beyond which a file is a bomb (POI's minimum inflate ratio is 0.01). */
    static final int MAX_RATIO = 100;
    static final long MAX_INFLATED = 512L * 1024 * 1024;
    static final int MAX_ENTRIES = 10_000;
    private static final int HEAD = 8 * 1024;

    /** What was found, or null when the container looks safe. */
    record Finding(String rule, String detail) {
    }

    private ZipPreflight() {
    }

    static Finding check(byte[] content) {
        long inflated = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(content), "UTF-8", true, true)) {
            for (ZipArchiveEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName().toLowerCase(Locale.ROOT);
                if (++entries > MAX_ENTRIES) {
                    return new Finding("ZIP_BOMB", entries + " entries");
                }
                if (name.endsWith("vbaproject.bin") || name.endsWith(".bin") && name.contains("vba")) {
                    return new Finding("MACRO_ENABLED", entry.getName());
                }
                boolean xml = name.endsWith(".xml") || name.endsWith(".rels");
                byte[] head = new byte[HEAD];
                int headLength = 0;
                for (int n; (n = read(zip, buffer)) > 0; ) {
                    if (xml && headLength < HEAD) {
                        int copy = Math.min(n, HEAD - headLength);
                        System.arraycopy(buffer, 0, head, headLength, copy);
                        headLength += copy;
                    }
                    inflated += n;
                    if (inflated > MAX_INFLATED || inflated > (long) MAX_RATIO * content.length + 1024 * 1024) {
                        return new Finding("ZIP_BOMB", "> " + inflated + " bytes from " + content.length);
                    }
                }
                if (xml) {
                    String start = new String(head, 0, headLength, StandardCharsets.UTF_8).toUpperCase(Locale.ROOT);
                    if (start.contains("<!DOCTYPE") || start.contains("<!ENTITY")) {
                        return new Finding("XML_ENTITY", entry.getName());
                    }
                    if (name.equals("[content_types].xml") && start.contains("MACROENABLED")) {
                        return new Finding("MACRO_ENABLED", entry.getName());
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return new Finding("UNREADABLE_FILE", String.valueOf(e.getMessage()));
        }
        return entries == 0 ? new Finding("UNREADABLE_FILE", "empty ZIP") : null;
    }

    private static int read(InputStream in, byte[] buffer) throws IOException {
        return in.read(buffer, 0, buffer.length);
    }
}
