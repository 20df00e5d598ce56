package com.pingyi.evaluation.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.pingyi.evaluation.application.port.in.audit.AuditFilter;
import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.application.port.out.AuditRecord;
import com.pingyi.evaluation.application.readmodel.AuditEntryView;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** What the audit adapter must do on every database it supports. */
abstract class AuditAdapterContract {

    @Autowired
    AuditTrailPersistenceAdapter adapter;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void appends_entries_and_reads_them_newest_first_with_before_and_after() {
        String round = UUID.randomUUID().toString();
        Instant t0 = Instant.parse("2020-04-16T01:00:00Z");
        transactions.executeWithoutResult(tx -> {
            adapter.append(new AuditRecord(t0, "admin", "CreateRound", "EvaluationRound", round, null, "{\"title\":\"评议\"}"));
            adapter.append(new AuditRecord(t0.plusSeconds(60), "admin", "RenameRound", "EvaluationRound", round,
                    "{\"title\":\"评议\"}", "{\"title\":\"2019年度评议\"}"));
        });

        var page = transactions.execute(tx -> adapter.loadAuditTrail(AuditFilter.ofAggregate("EvaluationRound", round), PageRequest.first(10)));

        assertThat(page.total()).isEqualTo(2);
        assertThat(page.items()).extracting(AuditEntryView::useCase).containsExactly("RenameRound", "CreateRound");
        AuditEntryView rename = page.items().getFirst();
        assertThat(rename.before()).isEqualTo("{\"title\":\"评议\"}");
        assertThat(rename.after()).isEqualTo("{\"title\":\"2019年度评议\"}");
        assertThat(rename.at()).isEqualTo(t0.plusSeconds(60));
        assertThat(rename.sequence()).isGreaterThan(page.items().get(1).sequence());
        assertThat(page.items().get(1).before()).isNull();
    }

    @Test
    void filters_by_actor_use_case_and_time_and_pages() {
        String marker = "actor-" + UUID.randomUUID().toString().substring(0, 8);
        Instant t0 = Instant.parse("2021-01-01T00:00:00Z");
        transactions.executeWithoutResult(tx -> {
            for (int i = 0; i < 5; i++) {
                adapter.append(new AuditRecord(t0.plusSeconds(i), marker, i % 2 == 0 ? "RecordScore" : "DeleteScore",
                        "ScoreEntry", "s" + i, null, "{}"));
            }
        });

        var byActor = transactions.execute(tx -> adapter.loadAuditTrail(
                new AuditFilter(null, null, marker, null, null, null), new PageRequest(1, 2)));
        var byUseCaseAndTime = transactions.execute(tx -> adapter.loadAuditTrail(
                new AuditFilter(null, null, marker, "RecordScore", t0.plusSeconds(1), t0.plusSeconds(4)), PageRequest.first(10)));

        assertThat(byActor.total()).isEqualTo(5);
        assertThat(byActor.items()).extracting(AuditEntryView::aggregateId).containsExactly("s3", "s2");
        assertThat(byUseCaseAndTime.items()).extracting(AuditEntryView::aggregateId).containsExactly("s2");
    }

    @Test
    void nothing_offers_to_change_or_remove_an_entry() {
        assertThat(Arrays.stream(AuditEntryJpaRepository.class.getMethods()).map(Method::getName)).containsExactly("save");
        assertThat(Arrays.stream(AuditTrailPersistenceAdapter.class.getDeclaredMethods()).map(Method::getName))
                .noneMatch(name -> name.matches("(?i).*(delete|remove|update|change|edit|clear).*"));
    }
}
