package com.pingyi.evaluation.persistence.round;

import com.pingyi.evaluation.domain.round.RoundStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** Flat rows of the round's small tables, as JDBC reads and writes them; {@link RoundRowMapper} maps them. */
final class RoundRows {

    private RoundRows() {
    }

    record Header(UUID id, int evaluationYear, String title, RoundStatus status, long version, int displayPrecision,
            BigDecimal spreadLimit, UUID clonedFrom, NoticeSettingsRow notice) {
    }

    record NoticeSettingsRow(String title, String addressee, String basisDocumentNumber, String basisDocumentTitle,
            String programme, String attachmentSubject, String issuer) {
    }

    record Band(String label, BigDecimal lower, boolean lowerInclusive, BigDecimal upper, boolean upperInclusive,
            boolean namedInNotice) {
    }

    record Withdrawal(UUID unit, String reason, LocalDate on) {
    }

    record Amendment(String what, String reason) {
    }

    record Rectification(UUID id, UUID raisedIn, UUID finding, UUID unit, String description, LocalDate due,
            String status, String checkNote) {
    }

    record Standing(UUID unit, String unitName, BigDecimal rate, String band, int rank, boolean vetoed) {
    }
}
