package com.pingyi.evaluation.persistence.support;

import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The databases the adapter tests run on: H2 always; PostgreSQL when PINGYI_TEST_POSTGRES_URL is
 * set (e.g. jdbc:postgresql://127.0.0.1:5432/test), each run in a schema of its own so that runs
 * never see each other's rows.
 */
public final class Databases {

    public static final String POSTGRES_URL = "PINGYI_TEST_POSTGRES_URL";
    public static final String POSTGRES_HINT =
            "set PINGYI_TEST_POSTGRES_URL (e.g. jdbc:postgresql://127.0.0.1:5432/test) to run on PostgreSQL";

    private Databases() {
    }

    public static void h2(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:adapter-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        common(registry);
    }

    /** Points the test at a new schema on the PostgreSQL server and returns the schema's name. */
    public static String postgres(DynamicPropertyRegistry registry) {
        String url = System.getenv(POSTGRES_URL);
        String schema = "pingyi_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        registry.add("spring.datasource.url", () -> url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        registry.add("spring.datasource.username", () -> env("PINGYI_TEST_POSTGRES_USER", "postgres"));
        registry.add("spring.datasource.password", () -> env("PINGYI_TEST_POSTGRES_PASSWORD", ""));
        registry.add("spring.flyway.default-schema", () -> schema);
        registry.add("spring.flyway.schemas", () -> schema);
        registry.add("spring.flyway.create-schemas", () -> "true");
        common(registry);
        return schema;
    }

    public static void dropSchema(DataSource dataSource, String schema) {
        new JdbcTemplate(dataSource).execute("drop schema if exists " + schema + " cascade");
    }

    private static void common(DynamicPropertyRegistry registry) {
        registry.add("spring.jpa.hibernate.ddl-auto", () -> "validate");
        registry.add("spring.jpa.open-in-view", () -> "false");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
