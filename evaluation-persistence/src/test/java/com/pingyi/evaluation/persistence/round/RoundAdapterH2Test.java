package com.pingyi.evaluation.persistence.round;

import com.pingyi.evaluation.persistence.support.Databases;
import com.pingyi.evaluation.persistence.support.PersistenceTestApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(classes = PersistenceTestApplication.class)
class RoundAdapterH2Test extends ScoreRowsContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Databases.h2(registry);
    }
}
