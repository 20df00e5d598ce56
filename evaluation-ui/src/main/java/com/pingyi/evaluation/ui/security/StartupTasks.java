package com.pingyi.evaluation.ui.security;

import com.pingyi.evaluation.application.port.in.account.EnsureAdminAccount;
import com.pingyi.evaluation.application.port.in.account.EnsureAdminAccountUseCase;
import com.pingyi.evaluation.application.port.in.account.EnsureDemoAccounts;
import com.pingyi.evaluation.application.port.in.account.EnsureDemoAccountsUseCase;
import com.pingyi.evaluation.application.port.in.demo.InstallDemoDataUseCase;
import com.pingyi.evaluation.domain.user.Username;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * First start: creates the administrator (password from PINGYI_ADMIN_PASSWORD, or generated and
 * printed once) and, on an empty database, the 2019 demo round and its people (password from
 * PINGYI_DEMO_PASSWORD, or generated and printed once).
 */
@Component
class StartupTasks implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(StartupTasks.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final EnsureAdminAccountUseCase ensureAdmin;
    private final InstallDemoDataUseCase installDemoData;
    private final PasswordEncoder passwordEncoder;
    private final String adminUsername;
    private final String adminPassword;
    private final boolean demoData;
    private final EnsureDemoAccountsUseCase ensureDemoAccounts;
    private final String demoPassword;

    StartupTasks(EnsureAdminAccountUseCase ensureAdmin, InstallDemoDataUseCase installDemoData, PasswordEncoder passwordEncoder,
                 @Value("${pingyi.admin.username:admin}") String adminUsername,
                 @Value("${pingyi.admin.password:}") String adminPassword,
                 @Value("${pingyi.demo-data.enabled:true}") boolean demoData, EnsureDemoAccountsUseCase ensureDemoAccounts,
                 @Value("${pingyi.demo.password:}") String demoPassword) {
        this.ensureDemoAccounts = ensureDemoAccounts;
        this.demoPassword = demoPassword;
        this.ensureAdmin = ensureAdmin;
        this.installDemoData = installDemoData;
        this.passwordEncoder = passwordEncoder;
        this.adminUsername = adminUsername;
        this.adminPassword = adminPassword;
        this.demoData = demoData;
    }

    @Override
    public void run(ApplicationArguments args) {
        AsSystem.run(() -> {
            createAdminIfAbsent();
            if (demoData) {
                InstallDemoDataUseCase.Outcome outcome = installDemoData.installDemoData();
                LOG.info("Demo data: {}", outcome);
                // Only with a fresh demo round: an existing database never gains demo accounts by an upgrade.
                if (outcome == InstallDemoDataUseCase.Outcome.INSTALLED) {
                    createDemoPeopleIfAbsent();
                }
            }
            return null;
        });
    }

    private void createAdminIfAbsent() {
        boolean generated = adminPassword == null || adminPassword.isBlank();
        String password = generated ? generatePassword() : adminPassword;
        var outcome = ensureAdmin.ensureAdminAccount(new EnsureAdminAccount(Username.of(adminUsername), passwordEncoder.encode(password)));
        if (outcome == EnsureAdminAccountUseCase.Outcome.CREATED && generated) {
            // Printed once, at creation; it is stored only as a hash and can never be shown again.
            LOG.warn("""

                    ================================================================
                    Created the administrator account '{}' with the generated password:
                        {}
                    It is shown only this once. Set PINGYI_ADMIN_PASSWORD before the
                    first start to choose the password instead.
                    ================================================================""", adminUsername, password);
        } else if (outcome == EnsureAdminAccountUseCase.Outcome.CREATED) {
            LOG.info("Created the administrator account '{}' with the password from PINGYI_ADMIN_PASSWORD", adminUsername);
        }
    }

    /** The demo round's expert, auditor and contact of 黄浦区教育局: PINGYI_DEMO_PASSWORD, or one password generated and printed once. */
    private void createDemoPeopleIfAbsent() {
        boolean generated = demoPassword == null || demoPassword.isBlank();
        String password = generated ? generatePassword() : demoPassword;
        List<String> created = ensureDemoAccounts.ensureDemoAccounts(new EnsureDemoAccounts(passwordEncoder.encode(password)));
        if (created.isEmpty()) {
            return;
        }
        if (generated) {
            LOG.warn("""

                    ================================================================
                    Created the demo accounts {} with the generated password:
                        {}
                    It is shown only this once. Set PINGYI_DEMO_PASSWORD before the
                    first start to choose the password instead.
                    ================================================================""", created, password);
        } else {
            LOG.info("Created the demo accounts {} with the password from PINGYI_DEMO_PASSWORD", created);
        }
    }

    private static String generatePassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
