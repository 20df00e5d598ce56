package com.pingyi.evaluation.ui.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.pingyi.evaluation.application.port.in.round.GetRound;
import com.pingyi.evaluation.application.port.in.round.GetRoundUseCase;
import com.pingyi.evaluation.application.port.in.round.RecordScores;
import com.pingyi.evaluation.application.port.in.round.RecordScoresUseCase;
import com.pingyi.evaluation.application.port.in.round.RoundRef;
import com.pingyi.evaluation.domain.demo.Shanghai2019DemoRound;
import com.pingyi.evaluation.domain.round.RoundId;
import com.pingyi.evaluation.domain.scheme.IndicatorCode;
import com.pingyi.evaluation.domain.score.ScoreEntry;
import com.pingyi.evaluation.domain.unit.UnitId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The main journey of an admin, in a real browser: clone the 2019 round into 2020, open it, see what
 * is missing, enter the missing scores by hand, close, read why 黄浦 got its grade, publish from the
 * notice. The bulk of the scores arrives as a third-party batch would, through the batch use case;
 * everything else goes through the pages. A screenshot of each step lands in target/e2e.
 */
class RoundJourneyIT extends AppInChromium {

    private static final UnitId HUANGPU = Shanghai2019DemoRound.unitId("黄浦");
    private static final Set<IndicatorCode> BY_HAND = Set.of(IndicatorCode.of("GK06"), IndicatorCode.of("BS02"));

    @Autowired
    GetRoundUseCase getRound;

    @Autowired
    RecordScoresUseCase recordScores;

    @Test
    void clone_score_close_explain_and_publish_a_round() throws Exception {
        WebDriverWait wait = BrowserSupport.await(browser);
        BrowserSupport.signIn(browser, base(), "admin", ADMIN_PASSWORD);

        // 1. Clone the 2019 round into 2020.
        browser.get(base() + "/rounds");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("clone-2019"))).click();
        WebElement year = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#new-round-year input")));
        assertThat(year.getDomProperty("value")).isEqualTo("2020");
        WebElement title = browser.findElement(By.cssSelector("#new-round-title input"));
        title.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2020年度区教育局政务公开评议");
        BrowserSupport.screenshot(browser, "journey-1-clone");
        browser.findElement(By.id("create-round")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-grid-cell-content[.='2020年度区教育局政务公开评议']"))).click();

        // 2. Open it for scoring: the confirmation says the scheme freezes.
        wait.until(ExpectedConditions.elementToBeClickable(By.id("round-action-open"))).click();
        confirm(wait, "冻结");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("round-action-close")));
        String roundId = browser.getCurrentUrl().replaceAll(".*/rounds/([^/]+)/results.*", "$1");
        BrowserSupport.screenshot(browser, "journey-2-opened");

        // 3. The bulk arrives as a batch: every 2019 score but the two entered by hand below.
        batchOfScoresExcept(RoundId.of(roundId));
        browser.get(base() + "/rounds/" + roundId + "/completeness");
        wait.until(d -> d.findElement(By.id("missing-grid")).getText().contains("GK06"));
        assertThat(browser.findElement(By.id("missing-grid")).getText()).contains("黄浦区教育局", "BS02");
        assertThat(browser.findElement(By.id("completeness-heading")).getText()).contains("2");
        BrowserSupport.screenshot(browser, "journey-3-missing");

        // 4. Enter the missing scores of 黄浦 in the scoring page, keyboard only.
        browser.get(base() + "/rounds/" + roundId + "/scoring?unit=" + HUANGPU);
        enterPoints(wait, "GK06", "contact-0", "18");
        enterPoints(wait, "BS02", "reviewer-01", "45");
        wait.until(d -> d.findElement(By.id("of-record-BS02")).getText().contains("45"));
        BrowserSupport.screenshot(browser, "journey-4-scored");

        // 5. Close: every unit's result is computed and stored.
        browser.get(base() + "/rounds/" + roundId + "/results");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("round-action-close"))).click();
        confirm(wait, "");
        wait.until(d -> d.findElement(By.id("results-grid")).getText().contains("黄浦区教育局"));
        assertThat(browser.findElement(By.id("results-grid")).getText()).contains("优秀", "合格");
        BrowserSupport.screenshot(browser, "journey-5-closed");

        // 6. Why did 黄浦 get its grade?
        // The grid is filled again once the close has finished in the background; a click on a cell
        // that is being replaced is lost, so click again until the explanation opens.
        wait.until(d -> {
            if (!d.findElements(By.id("explained-band")).isEmpty()) {
                return true;
            }
            List<WebElement> cells = d.findElements(By.xpath("//vaadin-grid-cell-content[.='黄浦区教育局']"));
            if (!cells.isEmpty()) {
                try {
                    cells.getFirst().click();
                } catch (org.openqa.selenium.WebDriverException stale) {
                    return false;
                }
            }
            return !d.findElements(By.id("explained-band")).isEmpty();
        });
        assertThat(browser.findElement(By.id("explained-band")).getText()).isNotBlank();
        BrowserSupport.screenshot(browser, "journey-6-explanation");

        // 7. Type the notice's words (every figure in it is computed), then publish from the notice:
        // the round freezes and its first version is shown.
        browser.get(base() + "/rounds/" + roundId + "/notice");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("notice-settings"))).click();
        type(wait, "title", "上海市教育委员会关于公布2020年度各区教育局政务公开评议结果的通知");
        type(wait, "addressee", "各区教育局");
        type(wait, "basis-number", "沪教委办〔2020〕12号");
        type(wait, "basis-title", "关于开展2020年度区教育局政务公开评议工作的通知");
        type(wait, "programme", "区教育局政务公开评议工作");
        type(wait, "attachment", "区教育局政务公开");
        type(wait, "issuer", "上海市教育委员会");
        BrowserSupport.screenshot(browser, "journey-7-notice-texts");
        browser.findElement(By.id("notice-settings-save")).click();
        wait.until(d -> d.findElements(By.id("notice")).stream().anyMatch(n -> n.getText().contains("沪教委办〔2020〕12号")));
        browser.findElement(By.id("round-action-publish")).click();
        confirm(wait, "永久冻结");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notice-version")));
        assertThat(browser.findElement(By.id("notice")).getText()).contains("2020", "黄浦区教育局");
        assertThat(browser.findElements(By.id("round-action-publish"))).noneMatch(WebElement::isDisplayed);
        BrowserSupport.screenshot(browser, "journey-8-published");
    }

    private void confirm(WebDriverWait wait, String saying) {
        WebElement dialog = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-confirm-dialog[opened]")));
        assertThat(dialog.getText()).contains(saying);
        wait.until(d -> d.findElements(By.cssSelector("vaadin-confirm-dialog[opened] vaadin-button[slot='confirm-button']")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null)).click();
    }

    private void type(WebDriverWait wait, String field, String text) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#notice-settings-" + field + " input"))).sendKeys(text);
    }

    private void enterPoints(WebDriverWait wait, String indicator, String scorer, String points) {
        WebElement who = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#scorer-" + indicator + " input")));
        who.sendKeys(scorer, Keys.ENTER);
        WebElement value = browser.findElement(By.cssSelector("#points-" + indicator + " input"));
        value.sendKeys(points, Keys.ENTER);
        wait.until(d -> d.findElement(By.id("of-record-" + indicator)).getText().contains(points));
    }

    private void batchOfScoresExcept(RoundId round) {
        List<ScoreEntry> entries = Shanghai2019DemoRound.build().scores().entries().stream()
                .filter(e -> !(e.unit().equals(HUANGPU) && BY_HAND.contains(e.indicator())))
                .toList();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "admin", null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        try {
            long version = getRound.getRound(new GetRound(round)).version();
            recordScores.recordScores(new RecordScores(new RoundRef(round, version), entries));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
