package com.pingyi.evaluation.application.fakes;

import com.pingyi.evaluation.application.port.in.audit.AuditFilter;
import com.pingyi.evaluation.application.port.in.paging.Page;
import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.application.port.out.AppendAuditPort;
import com.pingyi.evaluation.application.port.out.AuditRecord;
import com.pingyi.evaluation.application.port.out.CurrentActorPort;
import com.pingyi.evaluation.application.port.out.LoadAuditTrailPort;
import com.pingyi.evaluation.application.readmodel.AuditEntryView;
import com.pingyi.evaluation.application.service.audit.AuditTrail;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The audit trail in a list, a fixed actor and a fixed clock. */
public class InMemoryAudit implements AppendAuditPort, LoadAuditTrailPort, CurrentActorPort {

    public static final Instant NOW = Instant.parse("2020-04-16T02:00:00Z");

    private final List<AuditRecord> records = new ArrayList<>();
    private String actor = "tester";

    @Override
    public void append(AuditRecord record) {
        records.add(record);
    }

    @Override
    public Page<AuditEntryView> loadAuditTrail(AuditFilter filter, PageRequest page) {
        List<AuditEntryView> matching = new ArrayList<>();
        for (int i = records.size() - 1; i >= 0; i--) {
            AuditRecord r = records.get(i);
            if (matches(filter.aggregateType(), r.aggregateType()) && matches(filter.aggregateId(), r.aggregateId())
                    && matches(filter.actor(), r.actor()) && matches(filter.useCase(), r.useCase())) {
                matching.add(new AuditEntryView(i + 1, r.at(), r.actor(), r.useCase(), r.aggregateType(), r.aggregateId(), r.before(), r.after()));
            }
        }
        int from = Math.min(page.offset(), matching.size());
        return new Page<>(matching.subList(from, Math.min(from + page.limit(), matching.size())), matching.size());
    }

    private static boolean matches(String wanted, String actual) {
        return wanted == null || Objects.equals(wanted, actual);
    }

    @Override
    public String currentActor() {
        return actor;
    }

    public void actAs(String name) {
        actor = name;
    }

    public List<AuditRecord> records() {
        return List.copyOf(records);
    }

    public AuditTrail trail() {
        return new AuditTrail(this, this, Clock.fixed(NOW, ZoneOffset.UTC));
    }
}
