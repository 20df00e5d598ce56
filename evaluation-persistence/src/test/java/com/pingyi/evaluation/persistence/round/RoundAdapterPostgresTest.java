package com.pingyi.evaluation.persistence.round;

import com.pingyi.evaluation.persistence.support.Databases;
import com.pingyi.evaluation.persistence.support.PersistenceTestApplication;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(classes = PersistenceTestApplication.class)
@EnabledIfEnvironmentVariable(named = Databases.POSTGRES_URL, matches = ".+", disabledReason = Databases.POSTGRES_HINT)
class RoundAdapterPostgresTest extends ScoreRowsContract {

    private static String schema;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        schema = Databases.postgres(registry);
    }

    @AfterAll
    static void dropSchema(@Autowired DataSource dataSource) {
        Databases.dropSchema(dataSource, schema);
    }
}
