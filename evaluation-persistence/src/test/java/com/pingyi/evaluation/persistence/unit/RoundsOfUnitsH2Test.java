package com.pingyi.evaluation.persistence.unit;

import static org.assertj.core.api.Assertions.assertThat;

import com.pingyi.evaluation.application.port.out.FindRoundsOfUnitsPort;
import com.pingyi.evaluation.application.port.out.SaveRoundPort;
import com.pingyi.evaluation.domain.demo.Shanghai2019DemoRound;
import com.pingyi.evaluation.domain.round.EvaluationRound;
import com.pingyi.evaluation.domain.unit.UnitId;
import com.pingyi.evaluation.persistence.support.Databases;
import com.pingyi.evaluation.persistence.support.PersistenceTestApplication;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest(classes = PersistenceTestApplication.class)
class RoundsOfUnitsH2Test {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Databases.h2(registry);
    }

    @Autowired
    SaveRoundPort saveRound;

    @Autowired
    FindRoundsOfUnitsPort findRounds;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void finds_the_rounds_that_enrolled_any_of_the_units() {
        EvaluationRound round = transactions.execute(tx -> saveRound.saveRound(Shanghai2019DemoRound.build()));

        assertThat(findRounds.findRoundsOfUnits(Set.of(Shanghai2019DemoRound.unitId("黄浦"), UnitId.newId())))
                .containsExactly(round.id());
        assertThat(findRounds.findRoundsOfUnits(Set.of(UnitId.newId()))).isEmpty();
        assertThat(findRounds.findRoundsOfUnits(Set.of())).isEmpty();
    }
}
