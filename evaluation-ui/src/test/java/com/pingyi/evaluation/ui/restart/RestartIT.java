package com.pingyi.evaluation.ui.restart;

import static org.assertj.core.api.Assertions.assertThat;

import com.pingyi.evaluation.application.port.in.account.FindSignInAccountUseCase;
import com.pingyi.evaluation.application.port.in.audit.AuditFilter;
import com.pingyi.evaluation.application.port.in.audit.QueryAuditTrail;
import com.pingyi.evaluation.application.port.in.audit.QueryAuditTrailUseCase;
import com.pingyi.evaluation.application.port.in.paging.PageRequest;
import com.pingyi.evaluation.application.port.in.round.ListRounds;
import com.pingyi.evaluation.application.port.in.round.ListRoundsUseCase;
import com.pingyi.evaluation.application.readmodel.AuditEntryView;
import com.pingyi.evaluation.application.readmodel.RoundSummary;
import com.pingyi.evaluation.ui.PingyiApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The embedded database keeps what was written: the app is started on an H2 file, stopped, and
 * started again on the same file. Its own JVM (failsafe), as it starts the whole app twice.
 */
class RestartIT {

    @Test
    void what_the_first_start_wrote_is_there_after_a_restart_and_nothing_is_written_twice() throws Exception {
        Path dataDir = Files.createTempDirectory("pingyi-restart");

        Snapshot first = startAndRead(dataDir);
        Snapshot second = startAndRead(dataDir);

        assertThat(first.rounds()).extracting(RoundSummary::year).containsExactly(2019);
        assertThat(second.rounds()).isEqualTo(first.rounds());
        // The demo round's people (expert, auditor, the contact of 黄浦) come with the demo round, once.
        assertThat(first.audit()).extracting(AuditEntryView::useCase).containsExactlyInAnyOrder("EnsureAdminAccount", "InstallDemoData",
                "EnsureDemoAccounts", "EnsureDemoAccounts", "EnsureDemoAccounts");
        assertThat(second.audit()).isEqualTo(first.audit());
        assertThat(second.adminHash()).isEqualTo(first.adminHash()).startsWith("{bcrypt}");
        assertThat(Files.list(dataDir).map(p -> p.getFileName().toString())).anyMatch(name -> name.startsWith("pingyi"));
    }

    private record Snapshot(List<RoundSummary> rounds, List<AuditEntryView> audit, String adminHash) {
    }

    private static Snapshot startAndRead(Path dataDir) throws Exception {
        // Arguments, not default properties: those rank below application.properties.
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(PingyiApplication.class)
                .run("--pingyi.data-dir=" + dataDir, "--server.port=0", "--pingyi.admin.password=restart-test-password")) {
            everyUseCaseIsWiredOnce(app);
            return asAdmin(() -> new Snapshot(
                    app.getBean(ListRoundsUseCase.class).listRounds(new ListRounds(PageRequest.first(50))).items(),
                    app.getBean(QueryAuditTrailUseCase.class).queryAuditTrail(new QueryAuditTrail(AuditFilter.everything(), PageRequest.first(50))).items(),
                    app.getBean(FindSignInAccountUseCase.class).findSignInAccount("admin").orElseThrow().passwordHash()));
        }
    }

    /** A use case the wiring forgot would fail only when a view first calls it; here it fails at once. */
    private static void everyUseCaseIsWiredOnce(ConfigurableApplicationContext app) throws Exception {
        Path location = Path.of(ListRoundsUseCase.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        // The application module is a folder of classes in some builds and a jar in others.
        java.nio.file.FileSystem jar = Files.isRegularFile(location) ? java.nio.file.FileSystems.newFileSystem(location) : null;
        Path ports = jar == null ? location : jar.getPath("/");
        List<Class<?>> useCases;
        try (jar; var files = Files.walk(ports)) {
            useCases = files.map(ports::relativize).map(Path::toString)
                    .filter(name -> name.endsWith("UseCase.class") && !name.contains("$"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.').replaceFirst("^\\.", ""))
                    .<Class<?>>map(name -> {
                        try {
                            return Class.forName(name);
                        } catch (ClassNotFoundException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .filter(Class::isInterface)
                    .toList();
        }
        assertThat(useCases).hasSizeGreaterThan(30);
        for (Class<?> useCase : useCases) {
            assertThat(app.getBeansOfType(useCase)).as(useCase.getSimpleName()).hasSize(1);
        }
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
