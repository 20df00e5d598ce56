package com.pingyi.evaluation.ui.scheme;

import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.application.port.in.round.DefineScheme;
import com.pingyi.evaluation.application.port.in.round.DefineSchemeUseCase;
import com.pingyi.evaluation.application.port.in.round.ListRounds;
import com.pingyi.evaluation.application.port.in.round.ListRoundsUseCase;
import com.pingyi.evaluation.application.port.in.round.RoundRef;
import com.pingyi.evaluation.application.port.out.SaveRoundPort;
import com.pingyi.evaluation.domain.demo.Shanghai2019DemoRound;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.round.EvaluationYear;
import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.round.RoundStatus;
import org.springframework.transaction.support.TransactionTemplate;

/** The rounds the editor tests start from: the demo round stored at start, and fresh drafts. */
record StoredRounds(ListRoundsUseCase listRounds, SaveRoundPort saveRound, DefineSchemeUseCase defineScheme,
        TransactionTemplate transactions) {

    /** The published 2019 demo round the app installs at start. */
    RoundId demo() {
        return listRounds.listRounds(new ListRounds(PageRequest.first(100))).items().stream()
                .filter(r -> r.status() == RoundStatus.PUBLISHED && r.title().equals(Shanghai2019DemoRound.TITLE))
                .findFirst().orElseThrow().id();
    }

    /** A draft with the demo's scheme and the seed's bands, defined through the use case. */
    RoundId draftWithDemoScheme() {
        EvaluationRound draft = transactions.execute(tx -> saveRound.saveRound(
                EvaluationRound.draft(EvaluationYear.of(2031), "草稿评议")));
        defineScheme.defineScheme(new DefineScheme(new RoundRef(draft.id(), draft.version()), Shanghai2019DemoRound.scheme()));
        return draft.id();
    }
}
