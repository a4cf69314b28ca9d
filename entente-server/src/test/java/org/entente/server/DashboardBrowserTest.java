package org.entente.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Clicks through every page of the dashboard in headless Chromium (Debian's chromium and
 * chromium-driver; nothing is downloaded) and checks what a person sees. Saves a screenshot of each
 * page to {@code target/screenshots}. Without {@code /usr/bin/chromium} and {@code
 * /usr/bin/chromedriver}, every test is reported skipped with the reason ({@code .ci/run} installs
 * both, so CI always runs them).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(DashboardBrowserTest.NeedsChromium.class)
class DashboardBrowserTest {

  /** Skips each test, by name and with the reason, when headless Chromium is not installed. */
  static final class NeedsChromium implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      if (context.getTestMethod().isEmpty()) {
        return ConditionEvaluationResult.enabled("the class runs; each test decides");
      }
      return chromiumInstalled()
          ? ConditionEvaluationResult.enabled("headless Chromium installed")
          : ConditionEvaluationResult.disabled(
              "headless Chromium not installed: apt-get install chromium chromium-driver (as"
                  + " .ci/run does)");
    }
  }

  static boolean chromiumInstalled() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
  }

  /** The browser; {@code -Dentente.chromium=PATH} points elsewhere (a missing path skips). */
  static final Path CHROMIUM = Path.of(System.getProperty("entente.chromium", "/usr/bin/chromium"));

  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SHOTS = Path.of("target/screenshots");

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
            "entente-chromium");
    server = browser.server;
    driver = browser.driver;
    wait = browser.wait;
  }

  @AfterAll
  static void stop() {
    Browser.close(browser);
  }

  private static void assertNoInjection() {
    try {
      driver.switchTo().alert();
      throw new AssertionError("an alert was opened");
    } catch (NoAlertPresentException expected) {
      // fine
    }
    Object xss = ((JavascriptExecutor) driver).executeScript("return window.__xss === undefined");
    assertThat(xss).as("injected script ran").isEqualTo(Boolean.TRUE);
    assertThat(driver.findElements(By.cssSelector("#app img, #app script, #app b, #app i")))
        .as("injected elements")
        .isEmpty();
  }

  @Test
  @Order(1)
  void homeShowsLatestRecordsDueCommitmentsAndActivity() throws IOException {
    browser.openAnyPage("");
    assertThat(browser.text("h1")).startsWith("The ledger as of");
    assertThat(driver.findElements(By.cssSelector("svg.chart rect"))).isNotEmpty();
    assertThat(browser.text(".home"))
        .contains("Overdue commitments", "launch a dialogue on migration");
    // meetings titled as analysts write them, not by their trigger word
    List<String> meetingTitles =
        driver.findElements(By.cssSelector(".home .card.type-meeting .title")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(meetingTitles).isNotEmpty();
    assertThat(meetingTitles).noneMatch(t -> t.matches("(?i)meeting|host|signing|talks|visit"));
    // "EU–MAR talks, Brussels, 10 Nov 2025": parties, form, place when known, day
    assertThat(meetingTitles)
        .allMatch(
            t -> t.matches("[A-Z]{2,5}(–[A-Z]{2,5})* [a-z]+(, [^,]+)?, \\d{1,2} [A-Z][a-z]{2}.*"));
    assertThat(browser.text(".home")).doesNotContain("XXXX");
    assertLinearTimeAxis();
    browser.shot("home");
  }

  /** Bars are placed by month: equal gaps in time are equal gaps on the axis. */
  private static void assertLinearTimeAxis() {
    List<WebElement> months = driver.findElements(By.cssSelector("svg.chart g.month"));
    assertThat(months.size()).isGreaterThanOrEqualTo(3);
    double[] x = new double[months.size()];
    int[] m = new int[months.size()];
    for (int i = 0; i < months.size(); i++) {
      x[i] =
          Double.parseDouble(months.get(i).findElement(By.cssSelector("rect")).getAttribute("x"));
      String month = months.get(i).getAttribute("data-month");
      m[i] = Integer.parseInt(month.substring(0, 4)) * 12 + Integer.parseInt(month.substring(5, 7));
    }
    double perMonth = (x[x.length - 1] - x[0]) / (m[m.length - 1] - m[0]);
    for (int i = 1; i < x.length; i++) {
      assertThat(x[i] - x[0])
          .isCloseTo(perMonth * (m[i] - m[0]), org.assertj.core.data.Offset.offset(0.5));
    }
  }

  /**
   * A dossier section cut to its latest records shows how many come before them and loads the page
   * before them on a click, until the section is whole.
   */
  @Test
  @Order(2)
  void cutListsLoadTheRestAPageAClick() {
    int meetings =
        new Http(server).get("/api/dossier/EU/MAR?latest=500").json().get("meetings").size();
    assertThat(meetings).isGreaterThan(1);
    browser.openAnyPage("dossier/EU/MAR?latest=1");
    By shown = By.cssSelector("[data-section=meetings] .cards > *");
    By earlier = By.cssSelector("[data-section=meetings] button.earlier");
    wait.until(d -> d.findElements(shown).size() == 1);
    assertThat(browser.text("[data-section=meetings] button.earlier"))
        .isEqualTo("Show " + (meetings - 1) + " earlier record" + (meetings > 2 ? "s" : ""));
    driver.findElement(earlier).click();
    wait.until(d -> d.findElements(shown).size() == meetings);
    assertThat(driver.findElements(earlier)).isEmpty();
  }

  @Test
  @Order(2)
  void dossierShowsTheCommitmentBoardWithDeadlineKinds() throws IOException {
    browser.openAnyPage("dossier/EU/MAR");
    assertThat(browser.text("h1")).isEqualTo("European Union – Morocco");
    WebElement overdue = driver.findElement(By.cssSelector(".column.overdue"));
    WebElement pending = driver.findElement(By.cssSelector(".column.pending"));
    WebElement fulfilled = driver.findElement(By.cssSelector(".column.fulfilled"));
    assertThat(overdue.getText()).contains("launch a dialogue on migration", "EXACT DATE");
    assertThat(overdue.findElements(By.cssSelector(".deadline.kind-exact"))).hasSize(1);
    assertThat(pending.getText()).contains("open a green hydrogen research centre");
    assertThat(pending.findElements(By.cssSelector(".deadline.kind-latest"))).isNotEmpty();
    assertThat(pending.findElements(By.cssSelector(".deadline.kind-vague"))).isNotEmpty();
    assertThat(fulfilled.getText()).contains("Association Council");
    assertThat(browser.text(".dossier"))
        .contains(
            "Timeline", "Frameworks and agreements", "Mechanisms", "People", "Topics over time");
    browser.shot("dossier");
  }

  @Test
  @Order(2)
  void dossierPickerListsBusiestPairsAndSuggestsActorsAsOneTypes() throws IOException {
    browser.openAnyPage("dossier");
    assertThat(browser.text("table.pairs")).contains("European Union – Morocco");
    WebElement a = driver.findElement(By.id("dossier-a"));
    a.sendKeys("moro");
    wait.until(d -> d.findElements(By.cssSelector("#suggest-a li")).size() > 0);
    assertThat(browser.text("#suggest-a")).contains("MAR", "Morocco");
    browser.shot("dossier-picker");
    driver.findElement(By.cssSelector("#suggest-a li[data-code=MAR]")).click();
    assertThat(a.getAttribute("value")).isEqualTo("MAR");
    driver.findElement(By.id("dossier-b")).sendKeys("EU");
    driver.findElement(By.cssSelector("#dossier-form button")).click();
    wait.until(ExpectedConditions.urlContains("#/dossier/MAR/EU"));
    wait.until(d -> d.findElements(By.cssSelector(".dossier")).size() > 0);
    assertThat(browser.text("h1")).isEqualTo("Morocco – European Union");
  }

  @Test
  @Order(2)
  void commitmentsBoardFiltersByStatusPartyAndDueRange() throws IOException {
    browser.openAnyPage("commitments");
    assertThat(browser.text(".commitments")).contains("launch a dialogue on migration", "Overdue");
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("board-status")))
        .selectByValue("pending");
    driver.findElement(By.id("board-party")).sendKeys("mar");
    driver.findElement(By.cssSelector("#board-form button")).click();
    wait.until(ExpectedConditions.urlContains("status=pending"));
    wait.until(d -> d.findElements(By.cssSelector(".commitments .column.pending")).size() > 0);
    assertThat(driver.getCurrentUrl()).contains("party=MAR");
    assertThat(browser.text(".commitments")).contains("open a green hydrogen research centre");
    assertThat(driver.findElements(By.cssSelector(".commitments .column.overdue"))).isEmpty();
    browser.shot("commitments");
    browser.openAnyPage("commitments?due_after=2026-12-31&due_before=2028-01-01");
    assertThat(browser.text(".commitments"))
        .contains("open a green hydrogen research centre")
        .doesNotContain("launch a dialogue on migration");
  }

  @Test
  @Order(3)
  void documentShowsTheRepairedTextWithAToggleToTheOriginal() throws IOException {
    JsonNode api = new Http(server).get("/api/documents/nairobi-mojibake").json();
    assertThat(api.get("repaired").isNull()).isFalse();
    browser.openAnyPage("document/nairobi-mojibake");
    WebElement pre = driver.findElement(By.cssSelector("pre.doctext"));
    assertThat(pre.getAttribute("data-version")).isEqualTo("repaired");
    assertThat(pre.getText()).contains("“within three months”").doesNotContain("â€");
    // each highlight covers the repaired form of the text its span covers in the original
    List<WebElement> marks = pre.findElements(By.cssSelector("mark.hl"));
    assertThat(marks).isNotEmpty();
    assertThat(String.join(" ", marks.stream().map(WebElement::getText).toList()))
        .doesNotContain("Ã", "â€");
    browser.shot("document-repaired");
    driver.findElement(By.id("show-original")).click();
    WebElement original = driver.findElement(By.cssSelector("pre.doctext"));
    assertThat(original.getAttribute("data-version")).isEqualTo("original");
    String shown =
        (String)
            ((JavascriptExecutor) driver)
                .executeScript("return arguments[0].textContent", original);
    assertThat(shown).isEqualTo(api.get("fullText").asText());
  }

  /**
   * The French and Spanish examples of the demo (examples/texts) are highlighted like English: a
   * mark for every record kind the API lists, each mark inside one of that record's spans, the
   * shown text equal to the full text, and the language named in the header and on the text.
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({
    "rabat-dakar-entretien, fr, French",
    "lima-quito-videoconferencia, es, Spanish"
  })
  @Order(3)
  void frenchAndSpanishDocumentsAreHighlightedLikeEnglish(String id, String lang, String name)
      throws IOException {
    JsonNode api = new Http(server).get("/api/documents/" + id).json();
    assertThat(api.get("language").asText()).isEqualTo(lang);
    java.util.Set<String> kinds = new java.util.TreeSet<>();
    api.get("records").forEach(r -> kinds.add(r.get("kind").asText()));
    assertThat(kinds).contains("meeting", "agreement", "commitment");
    browser.openAnyPage("document/" + id);
    assertThat(browser.text(".doc-language")).isEqualTo(name);
    WebElement pre = driver.findElement(By.cssSelector("pre.doctext"));
    assertThat(pre.getAttribute("lang")).isEqualTo(lang);
    String full = api.get("fullText").asText();
    String shown =
        (String)
            ((JavascriptExecutor) driver).executeScript("return arguments[0].textContent", pre);
    assertThat(shown).isEqualTo(full);
    for (String kind : kinds) {
      List<WebElement> marks = pre.findElements(By.cssSelector("mark.hl-" + kind));
      assertThat(marks).as(kind + " marks in " + id).isNotEmpty();
    }
    // every mark lies inside a span of one of the records or persons it names
    java.util.Map<String, List<int[]>> spans = new java.util.HashMap<>();
    api.get("records").forEach(r -> spans.put("r" + r.get("id").asText(), spansOf(r)));
    api.get("persons").forEach(p -> spans.put("p" + p.get("id").asText(), spansOf(p)));
    for (WebElement mark : pre.findElements(By.cssSelector("mark.hl"))) {
      String key = mark.getAttribute("data-keys").split(" ")[0];
      String piece = mark.getText();
      assertThat(spans.get(key))
          .as("a span of " + key + " holds «" + piece + "»")
          .anySatisfy(sp -> assertThat(full.substring(sp[0], sp[1])).contains(piece));
    }
    WebElement commitment = pre.findElements(By.cssSelector("mark.hl-commitment")).get(0);
    commitment.click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("#selection"), "Ledger entry"));
    assertThat(browser.text("#selection")).contains("Evidence in this text");
    browser.shot("document-" + lang);
  }

  private static List<int[]> spansOf(JsonNode marked) {
    List<int[]> out = new java.util.ArrayList<>();
    marked
        .get("spans")
        .forEach(sp -> out.add(new int[] {sp.get("start").asInt(), sp.get("end").asInt()}));
    return out;
  }

  @Test
  @Order(3)
  void documentHighlightsRecordsAtTheirSpansAndShowsTheLedgerEntry() throws IOException {
    JsonNode api = new Http(server).get("/api/documents/test-eu-mar-1").json();
    browser.openAnyPage("document/test-eu-mar-1");
    WebElement pre = driver.findElement(By.cssSelector("pre.doctext"));
    String shown =
        (String)
            ((JavascriptExecutor) driver).executeScript("return arguments[0].textContent", pre);
    assertThat(shown).isEqualTo(api.get("fullText").asText());
    List<WebElement> marks = pre.findElements(By.cssSelector("mark.hl"));
    assertThat(marks).isNotEmpty();
    JsonNode firstRecord = api.get("records").get(0);
    JsonNode span = firstRecord.get("spans").get(0);
    WebElement meeting =
        pre.findElements(By.cssSelector("mark.hl-" + firstRecord.get("kind").asText())).get(0);
    assertThat(
            api.get("fullText")
                .asText()
                .substring(span.get("start").asInt(), span.get("end").asInt()))
        .contains(meeting.getText());
    meeting.click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("#selection"), "Ledger entry"));
    assertThat(browser.text("#selection")).contains("Ledger entry", "Evidence in this text");
    browser.shot("document");
  }

  @Test
  @Order(4)
  void actorAndPersonPagesShowPartnersRolesAndDocuments() throws IOException {
    browser.openAnyPage("actor/MAR");
    assertThat(browser.text("h1")).contains("Morocco");
    assertThat(browser.text(".actor-page")).contains("Partners", "EU");
    // the page is set in the body font; only actor chips are monospace
    assertThat(driver.findElement(By.cssSelector(".actor-page h1")).getCssValue("font-family"))
        .doesNotContain("monospace");
    assertThat(driver.findElement(By.cssSelector(".actor-page a.actor")).getCssValue("font-family"))
        .contains("monospace");
    browser.shot("actor");
    long id =
        new Http(server)
            .get("/api/persons?affiliation=MAR")
            .json()
            .get("items")
            .get(0)
            .get("id")
            .asLong();
    browser.openAnyPage("person/" + id);
    assertThat(browser.text(".person")).contains("Roles over time", "Mentioned in");
    browser.shot("person");
    browser.openAnyPage("actors");
    assertThat(browser.text("table.grid")).contains("MAR", "Morocco");
    browser.shot("actors");
    browser.openAnyPage("persons");
    assertThat(driver.findElements(By.cssSelector("table.grid tbody tr"))).isNotEmpty();
    browser.shot("persons");
  }

  @Test
  @Order(5)
  void documentsNetworkAndSearchPages() throws IOException {
    browser.openAnyPage("documents");
    assertThat(browser.text("table.docs"))
        .contains("EU and Morocco hold Association Council in Brussels");
    // an untitled document is named by its first words, not its id
    assertThat(browser.text("table.docs"))
        .contains("Ghanaian Foreign Minister Kofi Mensah met Togolese Foreign Minister Afi…")
        .doesNotContain("test-untitled-undated");
    // dates do not wrap: each date cell is one line high
    for (WebElement td : driver.findElements(By.cssSelector("table.docs td.date"))) {
      assertThat(td.getCssValue("white-space")).isEqualTo("nowrap");
    }
    browser.shot("documents");
    browser.openAnyPage("network");
    assertThat(driver.findElements(By.cssSelector("svg.network circle")).size()).isGreaterThan(2);
    assertThat(driver.findElements(By.cssSelector("svg.network line"))).isNotEmpty();
    browser.shot("network");
    browser.openAnyPage("search?q=hydrogen");
    assertThat(browser.text("ol.hits")).contains("EU and Morocco hold Association Council");
    assertThat(driver.findElements(By.cssSelector("ol.hits mark.hit"))).isNotEmpty();
    assertThat(browser.text(".search"))
        .contains("Records", "open a green hydrogen research centre");
    browser.openAnyPage("search?q=morocco");
    assertThat(browser.text(".search")).contains("Actors", "Morocco", "Documents");
    browser.openAnyPage("search?q=Accra");
    assertThat(browser.text(".search")).contains("16 Apr (year unknown)").doesNotContain("XXXX");
    browser.openAnyPage("search?q=Benali");
    assertThat(browser.text(".found-people")).contains("Karim Benali");
    browser.shot("search");
    browser.openAnyPage("exports");
    for (String f : List.of("json", "csv", "ics", "events")) {
      WebElement a = driver.findElement(By.cssSelector("a.export-" + f));
      assertThat(a.getAttribute("href")).contains("/api/export/" + f);
      assertThat(new Http(server).get("/api/export/" + f).status()).isEqualTo(200);
    }
    assertThat(driver.findElement(By.cssSelector("#nav a[href='#/exports']")).getAttribute("class"))
        .contains("active");
    browser.shot("exports");
  }

  @Test
  @Order(6)
  void curationAddsAndConfirmsWithTheAuditTrailVisible() throws IOException {
    browser.openAnyPage("curation");
    driver.findElement(By.id("curator")).sendKeys("Browser Tester");
    driver.findElement(By.id("token")).sendKeys(ApiTest.TOKEN);
    driver.findElement(By.cssSelector("#token-form button")).click();
    assertThat(browser.text("#token-state")).contains("token set");
    WebElement form = driver.findElement(By.id("add-form"));
    form.findElement(By.name("parties")).sendKeys("EU, MAR");
    form.findElement(By.name("title")).sendKeys("review the fisheries protocol");
    form.findElement(By.name("due")).sendKeys("2027-06-30");
    browser.shot("curation");
    form.findElement(By.cssSelector("button")).click();
    wait.until(ExpectedConditions.urlMatches("#/record/\\d+$"));
    wait.until(d -> d.findElements(By.cssSelector(".record")).size() > 0);
    driver.findElement(By.cssSelector("button.confirm")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("table.audit"), "confirm"));
    assertThat(browser.text("table.audit")).contains("Browser Tester", "add", "confirm");
    assertThat(browser.text(".record .card"))
        .contains("review the fisheries protocol", "confirmed");
    browser.shot("record");
  }

  @Test
  @Order(7)
  void analysesAPastedTextAndHighlightsIt() throws IOException {
    browser.openAnyPage("analyse");
    driver.findElement(By.id("analyse-title")).sendKeys("Ministers meet");
    driver
        .findElement(By.id("analyse-text"))
        .sendKeys(
            "Kenyan Foreign Minister Amina Otieno met Ethiopian Foreign Minister Dawit Bekele in"
                + " Nairobi on Monday.");
    driver.findElement(By.cssSelector("#analyse-form button")).click();
    wait.until(d -> d.findElements(By.cssSelector("#analysis pre.doctext")).size() > 0);
    assertThat(driver.findElements(By.cssSelector("#analysis mark.hl-actor"))).isNotEmpty();
    assertThat(browser.text(".analysis-counts"))
        .startsWith("1 meeting, 0 agreements, 0 commitments, 2 officials");
    driver.findElements(By.cssSelector("#analysis pre mark.hl")).get(0).click();
    assertThat(browser.text("#selection")).contains("Evidence");
    browser.shot("analyse");
  }

  @Test
  @Order(8)
  void untrustedTextIsShownAsTextOnEveryPage() throws IOException {
    String title = "<script>window.__xss=1</script>France and Germany <img src=x";
    browser.openAnyPage("document/test-xss");
    assertThat(browser.text("h1.doc-title")).startsWith(title);
    assertThat(browser.text("pre.doctext"))
        .contains("<b>Martin</b>", "<script>window.__xss=4</script>");
    assertNoInjection();
    browser.shot("xss-document");
    browser.openAnyPage("documents");
    assertThat(browser.text("table.docs")).contains(title);
    assertNoInjection();
    browser.openAnyPage("search?q=Germany");
    assertThat(browser.text("ol.hits")).contains(title);
    assertNoInjection();
    browser.openAnyPage("");
    assertNoInjection();
    browser.openAnyPage("actor/FRA");
    assertNoInjection();
    browser.openAnyPage("dossier/FRA/DEU");
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(By.xpath("//section[h2='Past briefs']")));
    assertThat(browser.text(".dossier")).contains(title);
    assertNoInjection();
    browser.openAnyPage("briefs");
    assertNoInjection();
    untrustedTextInWatchPagesAndTheFeed(title);
    browser.openAnyPage("analyse");
    driver.findElement(By.id("analyse-title")).sendKeys("<img src=x onerror=\"window.__xss=9\">");
    driver
        .findElement(By.id("analyse-text"))
        .sendKeys("France <script>window.__xss=8</script> and Germany met in Paris.");
    driver.findElement(By.cssSelector("#analyse-form button")).click();
    wait.until(d -> d.findElements(By.cssSelector("#analysis pre.doctext")).size() > 0);
    assertThat(browser.text("#analysis pre.doctext")).contains("<script>window.__xss=8</script>");
    assertNoInjection();
    browser.shot("xss-analyse");
  }

  /** A watchlist following the hostile document's pair: its pages, the home panel, its feed. */
  private static void untrustedTextInWatchPagesAndTheFeed(String title) throws IOException {
    browser.openAnyPage("watch");
    assertThat(browser.text("table.watchlists")).contains("franco-german");
    assertNoInjection();
    browser.openAnyPage("watch/franco-german?since=2026-01-01");
    assertThat(browser.text(".watch-alerts"))
        .contains(title, "<b>Martin</b>", "<a href=\"javascript");
    assertNoInjection();
    browser.shot("xss-watch");
    JavascriptExecutor js = (JavascriptExecutor) driver;
    String setAsOf =
        "const i = document.getElementById('asof'); i.value = arguments[0];"
            + " i.dispatchEvent(new Event('change'));";
    js.executeScript("localStorage.setItem('entente.watch', 'franco-german')");
    js.executeScript(setAsOf, "2026-03-20");
    browser.openAnyPage("");
    wait.until(
        ExpectedConditions.attributeToBe(By.id("watch-alerts"), "data-watch", "franco-german"));
    assertThat(browser.text("#watch-alerts")).contains(title);
    assertNoInjection();
    browser.shot("xss-home-watch");
    js.executeScript(setAsOf, "");
    js.executeScript("localStorage.removeItem('entente.watch')");
    Http.Answer feed = new Http(server).get("/feeds/watch/franco-german.atom?since=2026-01-01");
    assertThat(feed.status()).isEqualTo(200);
    assertThat(feed.body())
        .contains("&lt;script&gt;window.__xss=1&lt;/script&gt;France and Germany")
        .doesNotContain("<script", "<img", "<b>", "<i>", "<a href=\"javascript");
  }
}
