package com.pingyi.evaluation.ui.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pingyi.evaluation.application.port.in.archive.ExportRoundArchive;
import com.pingyi.evaluation.application.port.in.archive.ExportRoundArchiveUseCase;
import com.pingyi.evaluation.application.port.in.archive.ImportRoundArchive;
import com.pingyi.evaluation.application.port.in.archive.ImportRoundArchiveUseCase;
import com.pingyi.evaluation.application.port.in.audit.AuditFilter;
import com.pingyi.evaluation.application.port.in.audit.QueryAuditTrail;
import com.pingyi.evaluation.application.port.in.audit.QueryAuditTrailUseCase;
import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.application.port.in.result.ListPublications;
import com.pingyi.evaluation.application.port.in.result.ListPublicationsUseCase;
import com.pingyi.evaluation.application.port.in.result.ListResults;
import com.pingyi.evaluation.application.port.in.result.ListResultsUseCase;
import com.pingyi.evaluation.application.port.in.round.GetRound;
import com.pingyi.evaluation.application.port.in.round.GetRoundUseCase;
import com.pingyi.evaluation.application.port.in.round.ListRounds;
import com.pingyi.evaluation.application.port.in.round.ListRoundsUseCase;
import com.pingyi.evaluation.application.port.in.round.PublishCorrection;
import com.pingyi.evaluation.application.port.in.round.PublishCorrectionUseCase;
import com.pingyi.evaluation.application.port.in.round.RoundRef;
import com.pingyi.evaluation.application.readmodel.RankedUnitView;
import com.pingyi.evaluation.application.readmodel.RoundState;
import com.pingyi.evaluation.domain.demo.Shanghai2019DemoRound;
import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.score.ScoreEntry;
import com.pingyi.evaluation.domain.shared.DomainException;
import com.pingyi.evaluation.domain.shared.Points;
import com.pingyi.evaluation.ui.PingyiApplication;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The archive as a transfer format, end to end: the demo round, and the demo round after a published
 * correction, exported from one app and imported into an EMPTY database of another app (H2, and PostgreSQL in a
 * fresh schema when PINGYI_TEST_POSTGRES_URL is set) give the same file byte for byte and the same results.
 * Its own JVM (failsafe), as it starts whole apps.
 */
class RoundArchiveRoundTripIT {

    private static final String POSTGRES_URL = System.getenv("PINGYI_TEST_POSTGRES_URL");

    private record Exported(RoundId round, byte[] json, List<RankedUnitView> results, int publications) {
    }

    @Test
    void the_demo_round_and_a_corrected_round_come_back_byte_for_byte_with_the_same_results_in_an_empty_database() throws Exception {
        List<Exported> exported = new ArrayList<>();
        try (ConfigurableApplicationContext source = start(h2(), true)) {
            RoundId demo = asAdmin(() -> source.getBean(ListRoundsUseCase.class).listRounds(new ListRounds(PageRequest.first(5)))
                    .items().getFirst().id());
            exported.add(export(source, demo));
            asAdmin(() -> correct(source, demo));
            exported.add(export(source, demo));
        }
        assertThat(exported.get(1).publications()).isEqualTo(2);
        assertThat(exported.get(1).json()).isNotEqualTo(exported.get(0).json());

        List<List<String>> targets = new ArrayList<>();
        targets.add(h2());
        targets.add(h2());
        if (POSTGRES_URL != null && !POSTGRES_URL.isBlank()) {
            targets.add(postgres());
            targets.add(postgres());
        }
        for (int i = 0; i < targets.size(); i++) {
            Exported original = exported.get(i % 2);
            try (ConfigurableApplicationContext target = start(targets.get(i), false)) {
                assertThat(importAndExportAgain(target, original)).as("target %s", targets.get(i).getFirst())
                        .isEqualTo(new String(original.json(), StandardCharsets.UTF_8));
                assertThat(asAdmin(() -> results(target, original.round()))).isEqualTo(original.results());
                refusesTheSameRoundTwiceAndABrokenFileWithNothingWritten(target, original);
            } finally {
                dropSchema(targets.get(i));
            }
        }
    }

    private static String importAndExportAgain(ConfigurableApplicationContext target, Exported original) {
        RoundState state = asAdmin(() -> target.getBean(ImportRoundArchiveUseCase.class)
                .importRoundArchive(new ImportRoundArchive("pingyi-round-2019.json", original.json())));
        assertThat(state.id()).isEqualTo(original.round());
        return new String(export(target, original.round()).json(), StandardCharsets.UTF_8);
    }

    private static void refusesTheSameRoundTwiceAndABrokenFileWithNothingWritten(ConfigurableApplicationContext target, Exported original) {
        long auditBefore = asAdmin(() -> audit(target));
        ImportRoundArchiveUseCase importing = target.getBean(ImportRoundArchiveUseCase.class);
        assertThatThrownBy(() -> asAdmin(() -> importing.importRoundArchive(new ImportRoundArchive("again.json", original.json()))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("archive.round-exists"));
        String json = new String(original.json(), StandardCharsets.UTF_8);
        byte[] broken = json.replace(original.round().toString(), UUID.randomUUID().toString())
                .replace("\"year\" : 2019", "\"year\" : 2018")
                .replaceFirst("\"points\" : \"[0-9.]+\"", "\"points\" : \"12,5\"").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> asAdmin(() -> importing.importRoundArchive(new ImportRoundArchive("broken.json", broken))))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("archive.invalid");
                    assertThat((String) e.arguments().getFirst()).matches("\\$\\.scores\\[[0-9]+\\]\\.points");
                });
        assertThat(asAdmin(() -> target.getBean(ListRoundsUseCase.class).listRounds(new ListRounds(PageRequest.first(5))).total()))
                .isEqualTo(1);
        assertThat(asAdmin(() -> audit(target))).isEqualTo(auditBefore);
    }

    private static Exported export(ConfigurableApplicationContext app, RoundId round) {
        return asAdmin(() -> new Exported(round,
                app.getBean(ExportRoundArchiveUseCase.class).exportRoundArchive(new ExportRoundArchive(round)).content(),
                results(app, round),
                app.getBean(ListPublicationsUseCase.class).listPublications(new ListPublications(round)).size()));
    }

    private static List<RankedUnitView> results(ConfigurableApplicationContext app, RoundId round) {
        return app.getBean(ListResultsUseCase.class).listResults(new ListResults(round, PageRequest.first(100))).items();
    }

    private static long audit(ConfigurableApplicationContext app) {
        return app.getBean(QueryAuditTrailUseCase.class).queryAuditTrail(new QueryAuditTrail(AuditFilter.everything(),
                PageRequest.first(1))).total();
    }

    /** A correction of one verified score, published as version 2. */
    private static RoundState correct(ConfigurableApplicationContext app, RoundId round) {
        ScoreEntry.Verified v = Shanghai2019DemoRound.published().scores().entries().stream()
                .filter(ScoreEntry.Verified.class::isInstance).map(ScoreEntry.Verified.class::cast).findFirst().orElseThrow();
        ScoreEntry corrected = new ScoreEntry.Verified(v.unit(), v.indicator(), v.scorer(),
                v.points().value().signum() == 0 ? Points.of(1) : Points.of(0));
        long version = app.getBean(GetRoundUseCase.class).getRound(new GetRound(round)).version();
        return app.getBean(PublishCorrectionUseCase.class).publishCorrection(new PublishCorrection(new RoundRef(round, version),
                "更正录入错误", LocalDate.of(2020, 4, 23), List.of(corrected)));
    }

    private static List<String> h2() throws Exception {
        return List.of("--pingyi.data-dir=" + Files.createTempDirectory("pingyi-archive"));
    }

    /** A fresh schema of its own in the test database, so that the target is empty whatever else is there. */
    private static List<String> postgres() {
        String schema = "archive_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        String url = POSTGRES_URL + (POSTGRES_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return List.of("--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                "--spring.flyway.default-schema=" + schema, "--spring.flyway.schemas=" + schema, "--spring.flyway.create-schemas=true");
    }

    private static void dropSchema(List<String> target) throws Exception {
        String schema = target.stream().filter(a -> a.startsWith("--spring.flyway.default-schema=")).map(a -> a.substring(a.indexOf('=') + 1))
                .findFirst().orElse(null);
        if (schema != null) {
            try (Connection c = DriverManager.getConnection(POSTGRES_URL, "postgres", "")) {
                c.createStatement().execute("drop schema if exists " + schema + " cascade");
            }
        }
    }

    private static ConfigurableApplicationContext start(List<String> database, boolean demo) {
        List<String> args = new ArrayList<>(database);
        args.addAll(List.of("--server.port=0", "--pingyi.admin.password=archive-test-password", "--pingyi.demo-data.enabled=" + demo));
        // Arguments, not default properties: those rank below application.properties.
        return new SpringApplicationBuilder(PingyiApplication.class).run(args.toArray(String[]::new));
    }

    private static <T> T asAdmin(java.util.function.Supplier<T> work) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "admin", null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
