package com.pingyi.evaluation.application.service.audit;

import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.user.UserAccount;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the audit trail records of each aggregate. Secrets (password hashes) never enter it. */
public final class Snapshots {

    private Snapshots() {
    }

    public static Map<String, Object> of(EvaluationRound round) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", round.id().toString());
        s.put("year", round.year().value());
        s.put("title", round.title());
        s.put("status", round.status().name());
        return s;
    }

    public static Map<String, Object> of(UserAccount account) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", account.id().value().toString());
        s.put("username", account.username().value());
        s.put("roles", account.roles().stream().map(Enum::name).sorted().toList());
        s.put("enabled", account.enabled());
        return s;
    }
}
