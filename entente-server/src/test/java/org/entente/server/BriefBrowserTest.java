package org.entente.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The relationship brief in headless Chromium: reached from the dossier (which shows the
 * scorecard), read as a person sees it, printed to PDF through the DevTools protocol with the
 * page's own {@code @page} size, and checked to fit A4 pages. Screenshots go to {@code
 * target/screenshots}, the printed PDF next to them. Skipped, with the reason, without {@code
 * /usr/bin/chromium} and {@code /usr/bin/chromedriver}.
 */
@ExtendWith(DashboardBrowserTest.NeedsChromium.class)
class BriefBrowserTest {

  static Browser browser;
  static EntenteServer server;
  static ChromeDriver driver;
  static WebDriverWait wait;

  @BeforeAll
  static void start() throws IOException {
    if (!DashboardBrowserTest.chromiumInstalled()) {
      return;
    }
    browser =
        Browser.start(
            ServerConfig.of(TestLedger.db().toString(), 0), "1100,1400", "entente-chromium-brief");
    server = browser.server;
    driver = browser.driver;
    wait = browser.wait;
  }

  @AfterAll
  static void stop() {
    Browser.close(browser);
  }

  @Test
  void dossierShowsTheScorecardAndLeadsToThePrintableBrief() throws IOException {
    driver.get(server.url() + "#/dossier/EU/MAR");
    WebElement card =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//section[h2='Compliance scorecard']")));
    assertThat(card.getText()).contains("Score", "Points", "Outcome");
    browser.shot("dossier-scorecard");

    driver.findElement(By.cssSelector("a.brief-link")).click();
    wait.until(ExpectedConditions.urlContains("/brief/EU/MAR"));
    WebElement h1 = wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
    assertThat(h1.getText()).isEqualTo("European Union – Morocco");
    String body = driver.findElement(By.tagName("body")).getText();
    assertThat(body)
        .contains("Frameworks and agreements", "Open commitments, by deadline", "Who is who")
        .contains("launch a dialogue on migration", "Sources");
    // The stylesheet applied (linked, as the CSP wants): the statements' list has no bullets.
    Object listStyle =
        ((JavascriptExecutor) driver)
            .executeScript(
                "return getComputedStyle(document.querySelector('ul.statements')).listStyleType");
    assertThat(listStyle).isEqualTo("none");
    // Every citation mark leads to a listed source.
    List<WebElement> marks = driver.findElements(By.cssSelector("a.cite"));
    assertThat(marks).isNotEmpty();
    for (WebElement m : marks) {
      String target = m.getAttribute("href").replaceFirst(".*#", "");
      assertThat(driver.findElements(By.id(target))).as(target).hasSize(1);
    }
    browser.shot("brief");

    Path pdf = printed("brief-print");
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      assertThat(doc.getNumberOfPages()).as("printed pages").isBetween(1, 4);
      for (PDPage page : doc.getPages()) {
        // A4 is 595 × 842 points; Letter would be 612 × 792.
        assertThat(page.getMediaBox().getWidth()).isBetween(593f, 597f);
        assertThat(page.getMediaBox().getHeight()).isBetween(840f, 844f);
      }
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("European Union – Morocco", "Sources").doesNotContain("← dossier");
    }
  }

  @Test
  void hostileTextInTheBriefPageStaysText() throws IOException {
    driver.get(server.url() + "brief/FRA/DEU?since=2000-01-01");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
    Object xss = ((JavascriptExecutor) driver).executeScript("return window.__xss === undefined");
    assertThat(xss).as("injected script ran").isEqualTo(Boolean.TRUE);
    assertThat(driver.findElements(By.cssSelector("body img, body script, ul.statements b")))
        .isEmpty();
    assertThat(driver.findElement(By.tagName("body")).getText()).contains("<script>window.__xss=");
    browser.shot("brief-xss");
  }

  /** The current page printed by Chromium with its CSS page size, saved next to the screenshots. */
  private static Path printed(String name) throws IOException {
    Map<String, Object> r =
        driver.executeCdpCommand(
            "Page.printToPDF", Map.of("preferCSSPageSize", true, "printBackground", true));
    byte[] bytes = Base64.getDecoder().decode((String) r.get("data"));
    Path out = DashboardBrowserTest.SHOTS.resolve(name + ".pdf");
    Files.write(out, bytes);
    return out;
  }
}
