package org.entente.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The watch pages of the dashboard clicked through in headless Chromium: the home page's alerts of
 * the chosen watchlist, the watchlists page (add, open, remove) and one watchlist's alerts with
 * their links. Screenshots go to {@code target/screenshots}. Skipped, with the reason, without
 * Chromium (see {@link DashboardBrowserTest.NeedsChromium}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(DashboardBrowserTest.NeedsChromium.class)
class WatchBrowserTest {

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
            ServerConfig.of(TestLedger.db().toString(), 0).withToken(Optional.of(ApiTest.TOKEN)),
            "1300,1400",
            "entente-chromium-watch");
    server = browser.server;
    driver = browser.driver;
    wait = browser.wait;
  }

  @AfterAll
  static void stop() {
    Browser.close(browser);
  }

  @Test
  @Order(1)
  void homeShowsTheAlertsOfTheChosenWatchlist() throws IOException {
    browser.asOf("2026-04-01");
    ((JavascriptExecutor) driver).executeScript("localStorage.removeItem('entente.watch')");
    browser.open("");
    WebElement select = driver.findElement(By.id("watch-select"));
    List<String> names = new Select(select).getOptions().stream().map(WebElement::getText).toList();
    assertThat(names).contains("morocco", "franco-german");
    new Select(select).selectByValue("morocco");
    wait.until(ExpectedConditions.attributeToBe(By.id("watch-alerts"), "data-watch", "morocco"));
    // the migration dialogue was due on 15 March: overdue as of 1 April, the most urgent alert
    WebElement first = driver.findElement(By.cssSelector("#watch-alerts li.alert"));
    assertThat(first.getAttribute("data-kind")).isEqualTo("overdue");
    assertThat(first.getText()).contains("launch a dialogue on migration");
    assertThat(browser.text(".watch-panel h3")).startsWith("EU–MAR");
    browser.shot("home-watch");
    new Select(driver.findElement(By.id("watch-select"))).selectByValue("franco-german");
    wait.until(
        ExpectedConditions.attributeToBe(By.id("watch-alerts"), "data-watch", "franco-german"));
    assertThat(browser.text("#watch-alerts"))
        .contains("FRA–DEU", "NEW AGREEMENT", "joint declaration");
    // the choice is kept: the home page opens on it again
    browser.open("");
    wait.until(
        ExpectedConditions.attributeToBe(By.id("watch-alerts"), "data-watch", "franco-german"));
    new Select(driver.findElement(By.id("watch-select"))).selectByValue("morocco");
    wait.until(ExpectedConditions.attributeToBe(By.id("watch-alerts"), "data-watch", "morocco"));
    driver.findElement(By.cssSelector("#watch-alerts li.alert a.alert-title")).click();
    wait.until(ExpectedConditions.urlMatches("#/record/\\d+$"));
    assertThat(browser.text(".record")).contains("launch a dialogue on migration");
  }

  @Test
  @Order(2)
  void watchPageListsAPeriodsAlertsWithLinksToRecordsAndDocuments() throws IOException {
    browser.asOf("2026-07-01");
    browser.open("watch/morocco?since=2025-10-01");
    assertThat(browser.text("h1")).isEqualTo("Watch morocco");
    assertThat(browser.text(".period"))
        .startsWith(
            driver.findElements(By.cssSelector("li.alert")).size()
                + " alerts, 2 Oct 2025 to 1 Jul 2026");
    assertThat(driver.findElements(By.cssSelector("li.alert")).size()).isGreaterThan(3);
    assertThat(driver.findElements(By.cssSelector("li.alert.kind-fulfilled"))).isNotEmpty();
    String feed = driver.findElement(By.cssSelector("a.feed")).getAttribute("href");
    assertThat(feed).endsWith("/feeds/watch/morocco.atom");
    assertThat(new Http(server).get("/feeds/watch/morocco.atom").status()).isEqualTo(200);
    browser.shot("watch-alerts");
    // a narrower period from the form
    WebElement since = driver.findElement(By.id("watch-since"));
    ((JavascriptExecutor) driver).executeScript("arguments[0].value = '2026-05-01'", since);
    driver.findElement(By.cssSelector("#since-form button")).click();
    wait.until(ExpectedConditions.urlContains("since=2026-05-01"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector(".period"), "2 May 2026"));
    browser.open("watch/morocco?since=2025-10-01");
    driver.findElement(By.cssSelector("li.alert a.alert-doc")).click();
    wait.until(ExpectedConditions.urlContains("#/document/"));
    wait.until(d -> d.findElements(By.cssSelector("pre.doctext")).size() > 0);
    assertThat(driver.findElements(By.cssSelector("pre.doctext mark.hl"))).isNotEmpty();
  }

  @Test
  @Order(3)
  void watchlistsPageAddsOpensAndRemovesAWatchlist() throws IOException {
    browser.asOf("2026-04-01");
    browser.open("watch");
    assertThat(browser.text("table.watchlists")).contains("morocco", "EU–MAR, FRA–MAR");
    assertThat(browser.text(".watch-page")).contains("Set the API token");
    browser.open("curation");
    driver.findElement(By.id("curator")).sendKeys("Browser Tester");
    driver.findElement(By.id("token")).sendKeys(ApiTest.TOKEN);
    driver.findElement(By.cssSelector("#token-form button")).click();
    assertThat(browser.text("#token-state")).contains("token set");
    browser.open("watch");
    WebElement form = driver.findElement(By.id("watch-form"));
    form.findElement(By.name("name")).sendKeys("browser-watch");
    form.findElement(By.name("pairs")).sendKeys("EU/MAR");
    browser.shot("watchlists");
    form.findElement(By.cssSelector("button")).click();
    wait.until(ExpectedConditions.urlContains("#/watch/browser-watch"));
    wait.until(d -> d.findElements(By.cssSelector(".watch-alerts")).size() > 0);
    assertThat(browser.text("h1")).isEqualTo("Watch browser-watch");
    assertThat(browser.text(".watch-alerts")).contains("Follows EU–MAR");
    driver.findElement(By.linkText("all watchlists")).click();
    wait.until(d -> d.findElements(By.cssSelector("table.watchlists")).size() > 0);
    assertThat(browser.text("table.watchlists")).contains("browser-watch");
    driver.findElement(By.cssSelector("button.remove-watch[data-name='browser-watch']")).click();
    wait.until(ExpectedConditions.urlContains("removed=browser-watch"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("watch-msg"), "Removed"));
    assertThat(browser.text("table.watchlists"))
        .doesNotContain("browser-watch")
        .contains("morocco");
    assertThat(new Http(server).get("/api/watchlists/browser-watch").status()).isEqualTo(404);
  }
}
