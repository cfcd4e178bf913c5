package io.sanctionscreen.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A compliance officer's work in a real browser (headless Chromium from the system's packages,
 * which .ci/run installs): log in, screen SenseTime for an investment and see BLOCK for NS-CMIC,
 * screen an innocent name and see CLEAR, open the entry and the audit record, find the screening
 * again, read the lists, and screen a deal list. Skipped only where Chromium is not installed.
 *
 * <p>With {@code -Dconsole.screenshots=src/docs} it also saves the main pages as PNG files there
 * (the README's pictures).
 */
@QuarkusTest
class ConsoleBrowserTest {

  @TestHTTPResource("/console")
  URL console;

  @TempDir Path temp;

  private ConsoleBrowser browser;
  private WebDriver driver;

  @BeforeEach
  void startBrowser() throws IOException {
    browser = ConsoleBrowser.start(console, temp);
    driver = browser.driver();
  }

  @AfterEach
  void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  private String url(String path) {
    return browser.url(path);
  }

  private void logIn() {
    browser.logIn(
        ConsoleSecurityTest.OFFICER, ConsoleSecurityTest.OFFICER_SECRET, "console-login.png");
  }

  private void screen(String name, String purpose, String reference) {
    driver.get(url("/console/screen"));
    driver.findElement(By.id("name")).sendKeys(name);
    new Select(driver.findElement(By.id("purpose"))).selectByValue(purpose);
    driver.findElement(By.id("reference")).sendKeys(reference);
    driver.findElement(By.id("screen-submit")).click();
  }

  @Test
  void anOfficerScreensOpensTheEntryAndTheRecordAndFindsTheScreeningAgain() {
    logIn();
    String reference = "console-e2e-" + UUID.randomUUID();
    screen("SenseTime Group Ltd", "INVESTMENT", reference);
    assertThat(driver.findElement(By.id("outcome")).getText()).isEqualTo("BLOCK");
    assertThat(driver.findElement(By.id("outcome")).getAttribute("class"))
        .contains("outcome-BLOCK");
    assertThat(driver.findElement(By.id("reason")).getText())
        .contains("NS-CMIC")
        .contains("restricts INVESTMENT");
    List<WebElement> hits = driver.findElements(By.className("hit"));
    assertThat(hits).isNotEmpty();
    assertThat(hits.get(0).getText()).contains("SENSETIME GROUP").contains("CMIC-EO13959");
    assertThat(hits.get(0).findElements(By.tagName("meter"))).hasSize(1);
    assertThat(hits.get(0).findElement(By.className("words")).getText()).contains("sensetime");
    screenshot("console-screen-block.png");

    // The entry behind the first hit.
    String recordId = driver.findElement(By.id("audit-link")).getText();
    String recordHref = driver.findElement(By.id("audit-link")).getAttribute("href");
    WebElement entryLink = hits.get(0).findElement(By.className("entry-link"));
    String entityId = hits.get(0).findElement(By.className("id")).getText();
    entryLink.click();
    assertThat(driver.findElement(By.id("entry-id")).getText()).isEqualTo(entityId);
    assertThat(driver.findElement(By.id("entry-name")).getText()).contains("SENSETIME");
    assertThat(driver.getPageSource()).contains("CMIC-EO13959");
    // Its history: the bundled version that added it, with a link to that version's changes.
    List<WebElement> history = driver.findElements(By.cssSelector("#history tbody tr"));
    assertThat(history).isNotEmpty();
    assertThat(history.get(0).getText()).contains("ADDED").contains("system:bundled");
    assertThat(history.get(0).findElement(By.tagName("a")).getAttribute("href"))
        .contains("/console/lists/")
        .contains("/changes?to=");
    screenshot("console-entry.png");

    // The audit record of the screening.
    driver.get(recordHref);
    assertThat(driver.findElement(By.id("record-id")).getText()).isEqualTo(recordId);
    assertThat(driver.findElement(By.id("record")).getText())
        .contains(ConsoleSecurityTest.OFFICER + " (CONSOLE)")
        .contains(reference);
    assertThat(driver.findElement(By.id("outcome")).getText()).isEqualTo("BLOCK");
    screenshot("console-record.png");

    // Found again by its reference.
    driver.get(url("/console/screenings"));
    driver.findElement(By.id("reference")).sendKeys(reference);
    driver.findElement(By.id("search-form")).submit();
    List<WebElement> rows = driver.findElements(By.cssSelector("#screenings tbody tr"));
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).getText()).contains("SenseTime Group Ltd").contains("BLOCK");
    screenshot("console-screenings.png");

    // An innocent name.
    screen("Hollyhock Bakery Cooperative", "PAYMENT", reference + "-clear");
    assertThat(driver.findElement(By.id("outcome")).getText()).isEqualTo("CLEAR");
    assertThat(driver.findElements(By.className("hit"))).isEmpty();

    // The lists and what changed in one.
    driver.get(url("/console/lists"));
    assertThat(driver.findElement(By.id("lists")).getText()).contains("us-ofac-cons");
    screenshot("console-lists.png");
    driver.findElement(By.cssSelector("#versions-us-ofac-cons ~ table a")).click();
    assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("us-ofac-cons: version");
    List<WebElement> changes = driver.findElements(By.cssSelector("#changes tbody tr"));
    assertThat(changes).isNotEmpty();
    assertThat(changes.get(0).getText()).startsWith("us-ofac-cons:");
  }

  @Test
  void anOfficerScreensADealListAndDownloadsItsReports() throws IOException {
    logIn();
    Path csv = temp.resolve("deals.csv");
    Files.writeString(
        csv,
        "reference,name,purpose\n"
            + "deal-1,SenseTime Group Ltd,INVESTMENT\n"
            + "deal-2,Hollyhock Bakery Cooperative,PAYMENT\n"
            + "deal-3,,INVESTMENT\n",
        StandardCharsets.UTF_8);
    driver.get(url("/console/deal-list"));
    driver.findElement(By.id("file")).sendKeys(csv.toAbsolutePath().toString());
    new Select(driver.findElement(By.id("purpose"))).selectByValue("INVESTMENT");
    driver.findElement(By.id("upload-submit")).click();
    // It is screened in the background; its page reloads itself until the last row is done.
    new WebDriverWait(driver, Duration.ofSeconds(90))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("deal-summary")));
    assertThat(driver.findElements(By.id("deal-progress"))).isEmpty();
    assertThat(driver.findElement(By.id("deal-summary")).getText())
        .startsWith("3 rows: 1 BLOCK, 0 REVIEW, 1 CLEAR, 1 not screened");
    List<WebElement> rows = driver.findElements(By.cssSelector("#deal-rows tbody tr"));
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0).getText()).contains("deal-1").contains("BLOCK").contains("NS-CMIC");
    assertThat(rows.get(1).getText()).contains("deal-2").contains("CLEAR");
    assertThat(rows.get(2).getText()).contains("deal-3").contains("not screened");
    screenshot("console-deal-list.png");

    // The reports, fetched with the browser's session.
    String csvReport = download(driver.findElement(By.id("download-csv")).getAttribute("href"));
    assertThat(csvReport).contains("deal-1").contains("BLOCK").contains("deal-2");
    String junit = download(driver.findElement(By.id("download-junit")).getAttribute("href"));
    assertThat(junit).startsWith("<?xml").contains("<testsuite").contains("<failure");
  }

  private String download(String href) {
    var spec = given().auth().none();
    for (Cookie c : driver.manage().getCookies()) {
      spec = spec.cookie(c.getName(), c.getValue());
    }
    Response r = spec.get(href);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.header("Content-Disposition")).startsWith("attachment;");
    return r.asString();
  }

  private void screenshot(String name) {
    browser.screenshot(name);
  }
}
