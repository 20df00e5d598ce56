package com.pingyi.evaluation.ui.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * End to end in a real headless Chromium: the app on a random port, the real sign-in page, the
 * real database path, the demo round on screen. Runs under failsafe, in its own JVM.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInIT {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String ADMIN_PASSWORD = "e2e-" + UUID.randomUUID();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        Path dataDir = Files.createTempDirectory("pingyi-e2e");
        registry.add("pingyi.data-dir", dataDir::toString);
        registry.add("pingyi.admin.password", () -> ADMIN_PASSWORD);
    }

    @LocalServerPort
    int port;

    WebDriver browser;

    @BeforeEach
    void startBrowser() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "true".equals(System.getenv("PINGYI_E2E_REQUIRED"))) {
            throw new IllegalStateException("PINGYI_E2E_REQUIRED is set but Chromium is missing: apt-get install -y chromium chromium-driver");
        }
        Assumptions.assumeTrue(installed, "Browser test skipped: no Chromium at " + CHROMIUM + " or no driver at " + CHROMEDRIVER
                + ". Install them with: sudo apt-get install -y chromium chromium-driver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,900", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void the_admin_signs_in_and_sees_the_2019_round() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get("http://localhost:" + port + "/");

        wait.until(ExpectedConditions.urlContains("/login"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']"))).sendKeys("admin");
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys(ADMIN_PASSWORD);
        browser.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rounds-grid")));
        wait.until(d -> d.findElement(By.id("rounds-grid")).getText().contains("2019年度上海市各区教育局政务公开评议"));
        assertThat(browser.findElement(By.id("current-user")).getText()).isEqualTo("admin");
        assertThat(browser.getTitle()).isEqualTo("评议轮次 · 评议");

        Path shot = Path.of("target", "e2e", "signed-in-rounds.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void a_wrong_password_is_refused_without_saying_which_part_was_wrong() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get("http://localhost:" + port + "/login");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']"))).sendKeys("admin");
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys("not-the-password");
        browser.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();

        wait.until(ExpectedConditions.urlContains("error"));
        wait.until(d -> Boolean.TRUE.equals(((ChromeDriver) d).executeScript(
                "return document.querySelector('vaadin-login-form')?.error === true")));
        // The form shows one message for an unknown name and a wrong password alike.
        Object message = ((ChromeDriver) browser).executeScript(
                "return document.querySelector('vaadin-login-form').i18n.errorMessage.message");
        assertThat(message).isEqualTo("请检查用户名和密码后重试。");
        assertThat(browser.getCurrentUrl()).contains("/login");
    }
}
