package com.pingyi.evaluation.application.port.in.export;

import com.pingyi.evaluation.domain.round.RoundId;
import java.time.LocalDate;
import java.util.Objects;

/** Query: the notice of a round as a document; on = the date it would be published (ignored once published),
 * version = a published version (null = the latest). */
public record ExportNotice(RoundId round, NoticeFormat format, LocalDate on, Integer version) {

    public ExportNotice {
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(on, "on");
    }
}
