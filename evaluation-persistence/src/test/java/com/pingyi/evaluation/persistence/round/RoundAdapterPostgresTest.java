package com.pingyi.evaluation.persistence.round;

import com.pingyi.evaluation.persistence.support.Databases;
import com.pingyi.evaluation.persistence.support.PersistenceTestApplication;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(classes = PersistenceTestApplication.class)
@EnabledIfEnvironmentVariable(named = Databases.POSTGRES_URL, matches = ".+",
        disabledReason = "set PINGYI_TEST_POSTGRES_URL (e.g. jdbc:postgresql://127.0.0.1:5432/test) to run on PostgreSQL")
class RoundAdapterPostgresTest extends RoundAdapterContract {

    private static String schema;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        schema = Databases.postgres(registry);
    }

    @AfterAll
    static void dropSchema(@Autowired DataSource dataSource) {
        new JdbcTemplate(dataSource).execute("drop schema if exists " + schema + " cascade");
    }
}
