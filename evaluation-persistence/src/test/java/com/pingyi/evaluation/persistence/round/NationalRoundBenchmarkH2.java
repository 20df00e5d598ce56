package com.pingyi.evaluation.persistence.round;

import com.pingyi.evaluation.persistence.support.Databases;
import com.pingyi.evaluation.persistence.support.PersistenceTestApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The national-round harness on H2 in memory (the embedded default). Runs with -Dpingyi.bench=true. */
@SpringBootTest(classes = PersistenceTestApplication.class,
        properties = "logging.level.com.pingyi.evaluation.persistence.round=DEBUG")
class NationalRoundBenchmarkH2 extends NationalRoundBenchmark {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Databases.h2(registry);
    }

    @Override
    String database() {
        return "h2";
    }
}
