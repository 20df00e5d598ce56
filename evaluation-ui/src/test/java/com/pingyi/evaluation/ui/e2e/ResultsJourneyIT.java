package com.pingyi.evaluation.ui.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The demo round read as a commission would: the ranked results, why 黄浦 is 优秀, and the notice
 * with the seed's summary sentence and attachment, all computed from the stored data.
 */
class ResultsJourneyIT extends AppInChromium {

    @Test
    void results_explanation_and_notice_of_the_demo_round() throws Exception {
        String base = base();
        WebDriverWait wait = BrowserSupport.await(browser);
        BrowserSupport.signIn(browser, base, "admin", ADMIN_PASSWORD);
        // the landing page is the dashboard; the journey starts from the rounds list
        browser.get(base + "/rounds");

        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-grid-cell-content[contains(., '2019年度上海市')]"))).click();
        wait.until(d -> d.findElement(By.id("results-grid")).getText().contains("黄浦区教育局"));
        String results = browser.findElement(By.id("results-grid")).getText();
        assertThat(results).contains("优秀", "良好", "合格");
        BrowserSupport.screenshot(browser, "1-results");
        String roundId = browser.getCurrentUrl().replaceAll(".*/rounds/([^/]+)/results.*", "$1");

        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-grid-cell-content[.='黄浦区教育局']"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("explained-band")));
        assertThat(browser.findElement(By.id("explained-band")).getText()).isEqualTo("优秀");
        assertThat(browser.getPageSource()).contains("四舍五入");
        wait.until(d -> Boolean.TRUE.equals(((ChromeDriver) d).executeScript(
                "const c = document.querySelector('#unit-dimension-chart'); return !!(c && c.$chart && c.$chart.data.labels.length === 4)")));
        BrowserSupport.screenshot(browser, "2-explanation");

        browser.get(base + "/rounds/" + roundId + "/notice");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
        String notice = browser.findElement(By.id("notice")).getText();
        assertThat(notice).contains("确定黄浦区教育局等3家单位为2019年度区教育局政务公开评议工作“优秀单位”",
                "金山区教育局等2家单位", "松江区教育局等10家单位", "2020年4月16日", "上海市教育委员会");
        assertThat(notice).doesNotContain("宝山区教育局");
        assertThat(browser.findElement(By.id("cross-check")).getText()).contains("宝山区教育局");
        BrowserSupport.screenshot(browser, "3-notice");
    }
}
