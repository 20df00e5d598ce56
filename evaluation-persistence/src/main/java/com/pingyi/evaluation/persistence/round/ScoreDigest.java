package com.pingyi.evaluation.persistence.round;

import com.pingyi.evaluation.domain.score.ScoreEntry;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The SHA-256 of one unit's score entries, in the order given: every column of every row but the
 * stored position (which only follows that order), each field length-prefixed so that no two
 * different lists of entries read the same. A cryptographic hash because a collision would make a
 * save skip a changed unit; with SHA-256 that is not a practical concern.
 */
final class ScoreDigest {

    private final MessageDigest sha256;
    private final StringBuilder text = new StringBuilder(32 * 1024);

    ScoreDigest() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    String of(List<ScoreEntry> unitEntries) {
        text.setLength(0);
        int violations = 0;
        String indicator = null;
        for (ScoreEntry entry : unitEntries) {
            if (!entry.indicator().value().equals(indicator)) {
                indicator = entry.indicator().value();
                violations = 0;
            }
            ScoreRow row = ScoreRow.of(entry, entry instanceof ScoreEntry.Violation ? violations++ : 0);
            field(row.key().indicator());
            field(row.key().kind());
            field(row.key().entryKey());
            field(row.points());
            field(row.measured());
            field(row.measuredYes() == null ? null : row.measuredYes().toString());
            field(row.vetoPassed() == null ? null : row.vetoPassed().toString());
            field(row.note());
            text.append('\n');
        }
        return HexFormat.of().formatHex(sha256.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private void field(BigDecimal value) {
        field(value == null ? null : value.toPlainString() + "@" + value.scale());
    }

    private void field(String value) {
        if (value == null) {
            text.append("-;");
        } else {
            text.append(value.length()).append(':').append(value).append(';');
        }
    }
}
