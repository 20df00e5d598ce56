package com.pingyi.evaluation.application.service.export;

import com.pingyi.evaluation.application.port.in.audit.AuditFilter;
import com.pingyi.evaluation.application.port.in.export.ExportRoundAudit;
import com.pingyi.evaluation.application.port.in.export.ExportRoundAuditUseCase;
import com.pingyi.evaluation.application.port.in.paging.Page;
import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.application.port.out.LoadAuditTrailPort;
import com.pingyi.evaluation.application.readmodel.AuditEntryView;
import com.pingyi.evaluation.application.readmodel.RenderedFile;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.transaction.annotation.Transactional;

/** The audit trail of one round, every entry, newest first as the trail shows it, as CSV. */
class ExportRoundAuditService implements ExportRoundAuditUseCase {

    /** The aggregate type under which the round's entries are recorded (the trail page filters on it too). */
    static final String ROUND_AGGREGATE = "EvaluationRound";

    /** The commission's time, with its offset written out so that nobody has to guess the zone. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZoneId.of("Asia/Shanghai"));

    private final LoadAuditTrailPort trail;

    ExportRoundAuditService(LoadAuditTrailPort trail) {
        this.trail = trail;
    }

    @Override
    @Transactional(readOnly = true)
    public RenderedFile exportRoundAudit(ExportRoundAudit query) {
        AuditFilter filter = AuditFilter.ofAggregate(ROUND_AGGREGATE, query.round().toString());
        // Newest first, page by page: an entry written meanwhile shifts the pages by one, so entries are
        // kept by sequence (no duplicate) and the count of the first page bounds the reading.
        Map<Long, AuditEntryView> entries = new LinkedHashMap<>();
        Page<AuditEntryView> page = trail.loadAuditTrail(filter, PageRequest.first(PageRequest.MAX_LIMIT));
        long total = page.total();
        int offset = 0;
        while (!page.items().isEmpty()) {
            page.items().forEach(e -> entries.putIfAbsent(e.sequence(), e));
            offset += page.items().size();
            if (offset >= total) {
                break;
            }
            page = trail.loadAuditTrail(filter, new PageRequest(offset, PageRequest.MAX_LIMIT));
        }
        Csv csv = new Csv().row(List.of("序号", "时间", "操作人", "操作", "对象类型", "对象标识", "变更前", "变更后"));
        for (AuditEntryView e : entries.values()) {
            csv.row(java.util.Arrays.asList(Long.toString(e.sequence()), TIME.format(e.at()), e.actor(), e.useCase(),
                    e.aggregateType(), e.aggregateId(), e.before(), e.after()));
        }
        return new RenderedFile("评议审计记录-" + query.round() + ".csv", FileNames.CSV, csv.bytes());
    }
}
