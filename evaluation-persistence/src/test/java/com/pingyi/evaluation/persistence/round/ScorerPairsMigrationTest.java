package com.pingyi.evaluation.persistence.round;

import static org.assertj.core.api.Assertions.assertThat;

import com.pingyi.evaluation.persistence.support.Databases;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V10 turns each stored scorer's units x dimensions (an empty set meaning all) into explicit pairs, and
 * recognises the unit contacts, so that nobody can score more or less after the upgrade than before it.
 * Runs on H2, and on PostgreSQL when {@value Databases#POSTGRES_URL} is set.
 */
class ScorerPairsMigrationTest {

    static final UUID ROUND = UUID.randomUUID();
    static final UUID U1 = UUID.randomUUID();
    static final UUID U2 = UUID.randomUUID();
    static final UUID U3 = UUID.randomUUID();

    static Stream<String> databases() {
        return Stream.of("h2", "postgres");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void stored_scorers_keep_exactly_what_they_could_score(String database) {
        String schema = "pingyi_mig_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        DriverManagerDataSource dataSource = dataSource(database, schema);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        try {
            flyway(database, dataSource, schema, "9").migrate();
            jdbc.update("insert into evaluation_round (id, evaluation_year, title, status, version) values (?, 2019, 't', 'OPEN', 1)", ROUND);
            int position = 0;
            for (UUID unit : List.of(U1, U2, U3)) {
                jdbc.update("insert into round_unit (round_id, position, unit_id, name) values (?, ?, ?, ?)", ROUND, position++, unit,
                        "unit " + position);
            }
            jdbc.update("insert into round_dimension (round_id, position, code, name, weight) values (?, 0, 'D1', 'd1', 60)", ROUND);
            jdbc.update("insert into round_dimension (round_id, position, code, name, weight) values (?, 1, 'D2', 'd2', 40)", ROUND);
            scorer(jdbc, 0, "all", List.of(), List.of(), List.of(U1));          // Scorer.expert(.., U1): everything but U1
            scorer(jdbc, 1, "some", List.of(U2, U3), List.of("D2"), List.of()); // U2, U3 x D2
            scorer(jdbc, 2, "contact", List.of(U3), List.of(), List.of(U3));   // Scorer.unitContact(.., U3)

            flyway(database, dataSource, schema, "10").migrate();

            assertThat(pairs(jdbc, "all")).containsExactlyInAnyOrder(U2 + "/D1", U2 + "/D2", U3 + "/D1", U3 + "/D2");
            assertThat(pairs(jdbc, "some")).containsExactlyInAnyOrder(U2 + "/D2", U3 + "/D2");
            assertThat(pairs(jdbc, "contact")).isEmpty();
            assertThat(jdbc.queryForList("select kind from round_scorer order by position", String.class))
                    .containsExactly("EXPERT", "EXPERT", "UNIT_CONTACT");
            assertThat(jdbc.queryForList("select distinct kind from round_scorer_assignment", String.class)).containsExactly("AFFILIATION");
            assertThat(jdbc.queryForObject("select count(*) from round_scorer_assignment", Integer.class)).isEqualTo(2);
        } finally {
            jdbc.execute(database.equals("h2") ? "drop all objects" : "drop schema if exists " + schema + " cascade");
        }
    }

    private static DriverManagerDataSource dataSource(String database, String schema) {
        if (database.equals("h2")) {
            return new DriverManagerDataSource("jdbc:h2:mem:" + schema + ";DB_CLOSE_DELAY=-1", "sa", "");
        }
        String url = System.getenv(Databases.POSTGRES_URL);
        Assumptions.assumeTrue(url != null && !url.isBlank(), Databases.POSTGRES_HINT);
        String user = System.getenv().getOrDefault("PINGYI_TEST_POSTGRES_USER", "postgres");
        String password = System.getenv().getOrDefault("PINGYI_TEST_POSTGRES_PASSWORD", "");
        return new DriverManagerDataSource(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, user, password);
    }

    /** Flyway on a schema of its own, migrated up to the target version. */
    private static Flyway flyway(String database, DriverManagerDataSource dataSource, String schema, String target) {
        var config = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(target);
        if (database.equals("postgres")) {
            config = config.schemas(schema).defaultSchema(schema).createSchemas(true);
        }
        return config.load();
    }

    private static void scorer(JdbcTemplate jdbc, int position, String id, List<UUID> units, List<String> dimensions,
                               List<UUID> affiliations) {
        jdbc.update("insert into round_scorer (round_id, position, scorer_id, name) values (?, ?, ?, ?)", ROUND, position, id, id);
        units.forEach(u -> assignment(jdbc, id, "UNIT", u.toString()));
        dimensions.forEach(d -> assignment(jdbc, id, "DIMENSION", d));
        affiliations.forEach(u -> assignment(jdbc, id, "AFFILIATION", u.toString()));
    }

    private static void assignment(JdbcTemplate jdbc, String scorer, String kind, String reference) {
        jdbc.update("insert into round_scorer_assignment (round_id, scorer_id, kind, reference) values (?, ?, ?, ?)", ROUND, scorer,
                kind, reference);
    }

    private static List<String> pairs(JdbcTemplate jdbc, String scorer) {
        return jdbc.query("select unit_id, dimension_code from round_scorer_pair where scorer_id = ?",
                (rs, n) -> rs.getObject("unit_id", UUID.class) + "/" + rs.getString("dimension_code"), scorer);
    }
}
