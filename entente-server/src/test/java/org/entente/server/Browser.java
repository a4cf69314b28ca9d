package org.entente.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A server of its own and headless Chromium looking at it, for the browser tests: started before a
 * class's tests, closed after them, with the steps they share (open a page, read an element's text,
 * save a screenshot to {@code target/screenshots}, set the "as of" day). Each test class still
 * declares {@link DashboardBrowserTest.NeedsChromium}, which skips it with the reason.
 */
final class Browser implements AutoCloseable {

  final EntenteServer server;
  final ChromeDriver driver;
  final WebDriverWait wait;

  private Browser(EntenteServer server, ChromeDriver driver) {
    this.server = server;
    this.driver = driver;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  /**
   * Starts a server with {@code config} and Chromium with a window of {@code window} ("1300,1400")
   * and a fresh profile in a temporary directory named from {@code profile}.
   */
  static Browser start(ServerConfig config, String window, String profile) throws IOException {
    System.setProperty("SE_OFFLINE", "true");
    System.setProperty("webdriver.chrome.driver", DashboardBrowserTest.DRIVER.toString());
    EntenteServer server = EntenteServer.start(config);
    try {
      ChromeOptions o = new ChromeOptions();
      o.setBinary(DashboardBrowserTest.CHROMIUM.toString());
      o.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--window-size=" + window,
          "--user-data-dir=" + Files.createTempDirectory(profile));
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(DashboardBrowserTest.DRIVER.toFile())
              .build();
      Browser browser = new Browser(server, new ChromeDriver(service, o));
      Files.createDirectories(DashboardBrowserTest.SHOTS);
      return browser;
    } catch (IOException | RuntimeException e) {
      server.close();
      throw e;
    }
  }

  /** Closes {@code browser} if it was started (it is null when the tests are skipped). */
  static void close(Browser browser) {
    if (browser != null) {
      browser.close();
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      server.close();
    }
  }

  /** Opens the dashboard's route {@code hash} once the app has rendered that very route. */
  void open(String hash) {
    driver.get(server.url() + "#/" + hash);
    // the app marks the route it has rendered: a page still showing the last route does not count
    wait.until(
        d ->
            hash.equals(d.findElement(By.id("app")).getAttribute("data-route"))
                && (d.findElements(By.cssSelector("#app .page")).size() > 0
                    || d.findElements(By.cssSelector("#app .error")).size() > 0));
    assertThat(driver.findElements(By.cssSelector("#app .error"))).as("error on " + hash).isEmpty();
  }

  /** Opens the route {@code hash} once any page (or an error) shows, whichever route it is of. */
  void openAnyPage(String hash) {
    driver.get(server.url() + "#/" + hash);
    wait.until(
        d ->
            d.findElements(By.cssSelector("#app .page")).size() > 0
                || d.findElements(By.cssSelector("#app .error")).size() > 0);
    assertThat(driver.findElements(By.cssSelector("#app .error"))).as("error on " + hash).isEmpty();
  }

  /** The text of the element {@code css} selects, once it is visible. */
  String text(String css) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css))).getText();
  }

  /** Saves what the window shows as {@code target/screenshots/NAME.png}. */
  void shot(String name) throws IOException {
    Files.write(
        DashboardBrowserTest.SHOTS.resolve(name + ".png"),
        driver.getScreenshotAs(OutputType.BYTES));
  }

  /** Opens the dashboard answering as of {@code day} (the header's "as of" field, kept per tab). */
  void asOf(String day) {
    driver.get(server.url());
    driver.executeScript(
        "const i = document.getElementById('asof'); i.value = arguments[0];"
            + " i.dispatchEvent(new Event('change'));",
        day);
  }
}
