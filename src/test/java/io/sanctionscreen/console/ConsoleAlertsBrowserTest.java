package io.sanctionscreen.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The review of a monitoring alert in a real browser (headless Chromium, as in ConsoleBrowserTest):
 * a watchlist of an IPO pipeline holds SenseTime and an innocent name (set up through the API as
 * the administrator); an officer finds SenseTime's alert in the queue, reads it, decides it a false
 * positive, sees it wait for approval since its outcome is BLOCK, is refused when approving it
 * himself, and a second officer approves it: cleared, with both steps in the history. Skipped only
 * where Chromium is not installed.
 *
 * <p>With {@code -Dconsole.screenshots=src/docs} it also saves the queue and the alert page there.
 */
@QuarkusTest
class ConsoleAlertsBrowserTest {

  static final String OFFICER2 = "test-officer2";
  static final String OFFICER2_SECRET = "test-officer2-secret";

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

  /**
   * A watchlist of an IPO pipeline with SenseTime and an innocent name, made through the API as the
   * test administrator.
   *
   * @return the id of SenseTime's alert on its OFAC NS-CMIC entry
   */
  static long senseTimeAlert(String watchlist) {
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("description", "IPO pipeline", "purpose", "IPO", "threshold", 0.82))
        .when()
        .put("/api/v1/watchlists/{name}", watchlist)
        .then()
        .statusCode(201);
    JsonPath added =
        given()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "parties",
                    List.of(
                        Map.of(
                            "reference",
                            "deal-sensetime",
                            "name",
                            "SenseTime Group Ltd",
                            "type",
                            "organization"),
                        Map.of(
                            "reference",
                            "deal-bakery",
                            "name",
                            "Quillon Harbourvale Bakery",
                            "country",
                            "Ireland"))))
            .when()
            .post("/api/v1/watchlists/{name}/parties", watchlist)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(added.getInt("added")).isEqualTo(2);
    JsonPath page =
        given()
            .queryParam("watchlist", watchlist)
            .when()
            .get("/api/v1/alerts")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(page.getList("alerts.party.reference", String.class))
        .isNotEmpty()
        .containsOnly("deal-sensetime");
    return page.getLong(
        "alerts.find { it.entityId.startsWith('us-ofac-cons:') && it.outcome == 'BLOCK' }.id");
  }

  static String watchlistName() {
    return "console-ipo-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
  }

  private String url(String path) {
    return browser.url(path);
  }

  private void logIn(String user, String secret) {
    browser.logIn(user, secret, null);
  }

  private void logOut() {
    driver.findElement(By.cssSelector(".logout button")).click();
    assertThat(driver.getCurrentUrl()).endsWith("/console/login");
  }

  private String status() {
    return driver.findElement(By.id("alert-status")).getText();
  }

  private List<String> historyRows() {
    return driver.findElements(By.cssSelector("#history tbody tr")).stream()
        .map(WebElement::getText)
        .toList();
  }

  @Test
  void twoOfficersClearSenseTimesAlertAndTheSameOfficerCannotApproveHisOwnDecision() {
    String watchlist = watchlistName();
    long id = senseTimeAlert(watchlist);

    logIn(ConsoleSecurityTest.OFFICER, ConsoleSecurityTest.OFFICER_SECRET);
    driver.findElement(By.linkText("Alerts")).click();
    assertThat(driver.getCurrentUrl()).endsWith("/console/alerts");
    new Select(driver.findElement(By.id("watchlist"))).selectByValue(watchlist);
    new Select(driver.findElement(By.id("status"))).selectByValue("OPEN");
    driver.findElement(By.id("filter-submit")).click();
    List<WebElement> rows = driver.findElements(By.cssSelector("#alerts tbody tr"));
    assertThat(rows).isNotEmpty();
    assertThat(rows)
        .allSatisfy(
            r ->
                assertThat(r.getText())
                    .contains("SenseTime Group Ltd")
                    .contains("deal-sensetime")
                    .doesNotContain("Bakery")
                    .contains("OPEN"));
    WebElement row =
        rows.stream().filter(r -> r.getText().startsWith("#" + id + " ")).findFirst().orElseThrow();
    assertThat(row.getText()).contains("SENSETIME").contains("us-ofac-cons:").contains("BLOCK");
    screenshot("console-alerts.png");
    row.findElement(By.className("alert-link")).click();

    // The alert: the party and the listed entry side by side, the score and the explanation.
    assertThat(driver.getCurrentUrl()).endsWith("/console/alerts/" + id);
    assertThat(status()).isEqualTo("OPEN");
    assertThat(driver.findElement(By.id("alert-outcome")).getText()).isEqualTo("BLOCK");
    assertThat(driver.findElement(By.id("party")).getText())
        .contains("SenseTime Group Ltd")
        .contains("deal-sensetime")
        .contains(watchlist)
        .contains("IPO");
    assertThat(driver.findElement(By.id("listed")).getText())
        .contains("SENSETIME")
        .contains("us-ofac-cons:")
        .contains("CMIC-EO13959");
    assertThat(driver.findElement(By.id("alert-version")).getText()).startsWith("us-ofac-cons");
    assertThat(driver.findElement(By.className("words")).getText()).contains("sensetime");
    assertThat(driver.findElements(By.id("approval-form"))).isEmpty();
    assertThat(historyRows()).hasSize(1);
    assertThat(historyRows().get(0)).contains("RAISED");

    // Decided a false positive: BLOCK for an IPO, so it waits for a second officer.
    driver.findElement(By.id("decision-FALSE_POSITIVE")).click();
    driver
        .findElement(By.id("decision-comment"))
        .sendKeys("Deal counterparty is another SenseTime, other registration number");
    driver.findElement(By.id("decide-submit")).click();
    assertThat(status()).isEqualTo("PENDING_APPROVAL");
    assertThat(driver.findElements(By.id("decision-form"))).isEmpty();

    // The same officer cannot approve his own decision: refused on the page.
    driver.findElement(By.id("approval-comment")).sendKeys("approving my own");
    driver.findElement(By.id("approve-submit")).click();
    assertThat(driver.findElement(By.id("review-error")).getText())
        .isEqualTo(
            "Alert "
                + id
                + " was decided by "
                + ConsoleSecurityTest.OFFICER
                + "; clearing it needs the approval of a different officer");
    assertThat(status()).isEqualTo("PENDING_APPROVAL");
    assertThat(historyRows()).hasSize(2);
    logOut();

    // The second officer approves.
    logIn(OFFICER2, OFFICER2_SECRET);
    driver.get(url("/console/alerts/" + id));
    assertThat(status()).isEqualTo("PENDING_APPROVAL");
    driver.findElement(By.id("approval-comment")).sendKeys("Checked the registration number");
    driver.findElement(By.id("approve-submit")).click();
    assertThat(driver.getCurrentUrl()).endsWith("/console/alerts/" + id);
    assertThat(status()).isEqualTo("CLEARED");
    assertThat(driver.findElements(By.id("review-error"))).isEmpty();
    List<String> history = historyRows();
    assertThat(history).hasSize(3);
    assertThat(history.get(0)).contains("RAISED");
    assertThat(history.get(1))
        .contains(ConsoleSecurityTest.OFFICER + " FALSE_POSITIVE PENDING_APPROVAL")
        .contains("other registration number");
    assertThat(history.get(2))
        .contains(OFFICER2 + " APPROVED CLEARED")
        .contains("Checked the registration number");
    // The whole page in the picture: the review and its history below the explanation.
    driver.manage().window().setSize(new Dimension(1280, 1480));
    screenshot("console-alert.png");
    driver.manage().window().setSize(new Dimension(1280, 1000));

    // The queue shows it cleared.
    driver.get(url("/console/alerts?status=CLEARED&watchlist=" + watchlist));
    assertThat(driver.findElement(By.id("alerts")).getText()).contains("#" + id + " ");
  }

  private void screenshot(String name) {
    browser.screenshot(name);
  }
}
