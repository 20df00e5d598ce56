package com.pingyi.evaluation.ui.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * End to end in a real headless Chromium: the app on a random port, the real sign-in page, the
 * real database path, the demo round on screen. Runs under failsafe, in its own JVM.
 */
class SignInIT extends AppInChromium {

    @Test
    void the_admin_signs_in_to_the_dashboard_and_sees_the_2019_round() throws Exception {
        WebDriverWait wait = BrowserSupport.await(browser);
        browser.get(base() + "/");

        wait.until(ExpectedConditions.urlContains("/login"));
        BrowserSupport.signIn(browser, base(), "admin", ADMIN_PASSWORD);

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("latest-title")));
        assertThat(browser.findElement(By.id("latest-title")).getText()).contains("2019年度上海市各区教育局政务公开评议");
        assertThat(browser.findElement(By.id("current-user")).getText()).isEqualTo("admin");
        assertThat(browser.getTitle()).isEqualTo("工作台 · 评议");
        // drawn for real: Chart.js came from its webjar through the security chain
        wait.until(d -> Boolean.TRUE.equals(((ChromeDriver) d).executeScript(
                "const c = document.querySelector('#band-chart'); return !!(c && c.$chart && c.$chart.data.datasets[0].data.length === 4)")));
        BrowserSupport.screenshot(browser, "signed-in-dashboard");

        browser.get(base() + "/rounds");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rounds-grid")));
        wait.until(d -> d.findElement(By.id("rounds-grid")).getText().contains("2019年度上海市各区教育局政务公开评议"));
        assertThat(browser.getTitle()).isEqualTo("评议轮次 · 评议");
        BrowserSupport.screenshot(browser, "signed-in-rounds");
    }

    @Test
    void a_wrong_password_is_refused_without_saying_which_part_was_wrong() {
        WebDriverWait wait = BrowserSupport.await(browser);
        browser.get(base() + "/login");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']"))).sendKeys("admin");
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys("not-the-password");
        browser.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();

        wait.until(ExpectedConditions.urlContains("error"));
        wait.until(d -> Boolean.TRUE.equals(((ChromeDriver) d).executeScript(
                "return document.querySelector('vaadin-login-form')?.error === true")));
        // The form shows one message for an unknown name, a wrong password and a locked account alike.
        Object message = browser.executeScript("return document.querySelector('vaadin-login-form').i18n.errorMessage.message");
        assertThat(message).isEqualTo("登录失败。请检查用户名和密码；连续多次失败后，账户将被暂时锁定。");
        assertThat(browser.getCurrentUrl()).contains("/login");
    }
}
