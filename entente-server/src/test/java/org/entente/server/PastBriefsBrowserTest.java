package org.entente.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Past briefs in headless Chromium, on a real server over a copy of the test ledger: the dossier
 * lists the pair's briefs and logs one with the token; the Briefs page lists every brief logged and
 * reopens one as it was issued. Screenshots go to {@code target/screenshots}. Skipped, with the
 * reason, without Chromium (see {@link DashboardBrowserTest.NeedsChromium}).
 */
@ExtendWith(DashboardBrowserTest.NeedsChromium.class)
class PastBriefsBrowserTest {

  static Browser browser;
  static EntenteServer server;
  static WebDriver driver;
  static WebDriverWait wait;

  @BeforeAll
  static void start() throws IOException {
    if (!DashboardBrowserTest.chromiumInstalled()) {
      return;
    }
    browser =
        Browser.start(
            ServerConfig.of(TestLedger.copy().toString(), 0).withToken(Optional.of(ApiTest.TOKEN)),
            "1300,1400",
            "entente-chromium-briefs");
    server = browser.server;
    driver = browser.driver;
    wait = browser.wait;
  }

  @AfterAll
  static void stop() {
    Browser.close(browser);
  }

  private static WebElement pastBriefs() {
    return wait.until(
        ExpectedConditions.visibilityOfElementLocated(By.xpath("//section[h2='Past briefs']")));
  }

  @Test
  void dossierLogsABriefAndTheBriefsPageReopensIt() throws IOException {
    browser.asOf("2026-01-20");
    browser.open("dossier/EU/MAR");
    assertThat(pastBriefs().getText()).contains("No brief logged yet.");
    // without the token, no button to log one
    assertThat(driver.findElements(By.cssSelector("button.log-brief"))).isEmpty();

    browser.open("curation");
    driver.findElement(By.id("token")).sendKeys(ApiTest.TOKEN);
    driver.findElement(By.cssSelector("#token-form button")).click();
    assertThat(browser.text("#token-state")).contains("token set");

    browser.open("dossier/EU/MAR");
    WebElement log =
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.log-brief")));
    assertThat(log.getText()).isEqualTo("Log the brief as of 20 Jan 2026");
    log.click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector(".brief-msg"), "Logged brief"));
    List<WebElement> rows =
        driver.findElements(By.cssSelector("#past-briefs table.past-briefs tbody tr"));
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).getText()).contains("20 Jan 2026", "Reopen");
    pastBriefs();
    browser.shot("dossier-past-briefs");

    // A later brief, logged from the same page as of another day, measured against the first.
    browser.asOf("2026-04-01");
    browser.open("dossier/EU/MAR");
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.log-brief"))).click();
    wait.until(
        d -> d.findElements(By.cssSelector("#past-briefs table.past-briefs tbody tr")).size() == 2);

    browser.open("briefs");
    List<WebElement> all = driver.findElements(By.cssSelector("table.past-briefs tbody tr"));
    assertThat(all).hasSize(2);
    assertThat(all.get(0).getText()).contains("EU–MAR", "1 Apr 2026", "20 Jan 2026");
    assertThat(all.get(1).getText()).contains("EU–MAR", "20 Jan 2026");
    assertThat(driver.findElement(By.cssSelector("#nav a.active")).getText()).isEqualTo("Briefs");
    browser.shot("past-briefs");

    all.get(0).findElement(By.cssSelector("a.reopen-brief")).click();
    wait.until(ExpectedConditions.urlContains("/brief/EU/MAR?brief="));
    WebElement h1 = wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
    assertThat(h1.getText()).isEqualTo("European Union – Morocco");
    assertThat(driver.findElement(By.cssSelector("p.meta")).getText())
        .contains("as of 2026-04-01", "changes since the last brief, as of 2026-01-20");
    assertThat(driver.findElement(By.cssSelector("p.note")).getText())
        .startsWith("Past brief ")
        .endsWith("shown again from the ledger as it stands now");
    assertThat(driver.findElement(By.id("s-changes")).getText())
        .contains("What changed since the last brief, as of 20 Jan 2026");
    browser.shot("past-brief-reopened");
  }
}
