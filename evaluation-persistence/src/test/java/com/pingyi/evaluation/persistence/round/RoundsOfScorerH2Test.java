package com.pingyi.evaluation.persistence.round;

import static org.assertj.core.api.Assertions.assertThat;

import com.pingyi.evaluation.application.port.out.FindRoundsOfScorerPort;
import com.pingyi.evaluation.application.port.out.SaveRoundPort;
import com.pingyi.evaluation.domain.demo.Shanghai2019DemoRound;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.round.EvaluationYear;
import com.pingyi.evaluation.domain.score.Scorer;
import com.pingyi.evaluation.domain.score.ScorerId;
import com.pingyi.evaluation.persistence.support.Databases;
import com.pingyi.evaluation.persistence.support.PersistenceTestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest(classes = PersistenceTestApplication.class)
class RoundsOfScorerH2Test {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Databases.h2(registry);
    }

    @Autowired
    SaveRoundPort saveRound;

    @Autowired
    FindRoundsOfScorerPort findRounds;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void finds_the_rounds_that_registered_the_scorer() {
        EvaluationRound draft = EvaluationRound.draft(EvaluationYear.of(2020), "2020年度评议");
        draft.defineScheme(Shanghai2019DemoRound.scheme());
        draft.addUnit(com.pingyi.evaluation.domain.unit.EvaluatedUnit.draft("黄浦区教育局"));
        draft.registerScorer(Scorer.expert(ScorerId.of("expert.li"), "李专家"));
        EvaluationRound saved = transactions.execute(tx -> saveRound.saveRound(draft));

        assertThat(findRounds.findRoundsOfScorer(ScorerId.of("expert.li"))).containsExactly(saved.id());
        assertThat(findRounds.findRoundsOfScorer(ScorerId.of("nobody"))).isEmpty();
    }
}
