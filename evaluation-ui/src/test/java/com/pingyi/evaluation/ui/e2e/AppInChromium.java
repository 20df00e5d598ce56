package com.pingyi.evaluation.ui.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole app on a random port, on an H2 file of its own (the real database path, the demo
 * round installed at first start), and a headless Chromium to drive it. Runs under failsafe.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class AppInChromium {

    static final String ADMIN_PASSWORD = "e2e-" + UUID.randomUUID();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        Path dataDir = Files.createTempDirectory("pingyi-e2e");
        registry.add("pingyi.data-dir", dataDir::toString);
        registry.add("pingyi.admin.password", () -> ADMIN_PASSWORD);
    }

    @LocalServerPort
    int port;

    ChromeDriver browser;

    @BeforeEach
    void startBrowser() {
        browser = BrowserSupport.start();
    }

    @AfterEach
    void stopBrowser() throws java.io.IOException {
        if (browser != null) {
            // The page as the test left it: after a failure, the first thing to look at.
            BrowserSupport.screenshot(browser, getClass().getSimpleName() + "-last");
            browser.quit();
        }
    }

    String base() {
        return "http://localhost:" + port;
    }
}
