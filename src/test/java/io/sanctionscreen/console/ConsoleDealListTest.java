package io.sanctionscreen.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A deal list in the console over plain HTTP: it is screened in the background, its page shows the
 * rows screened so far and asks the browser to reload it (a {@code Refresh} header) until the last
 * row, its report is refused (409) until then; a file that is not a deal list is refused at once.
 */
@QuarkusTest
class ConsoleDealListTest {

  private static final Pattern SUMMARY = Pattern.compile("<p id=\"deal-summary\">(\\d+) rows:");

  @Test
  void aDealListIsScreenedInTheBackgroundWithItsProgressShown() throws InterruptedException {
    ConsoleSecurityTest.Browser b =
        ConsoleSecurityTest.login(ConsoleSecurityTest.OFFICER, ConsoleSecurityTest.OFFICER_SECRET);
    StringBuilder csv = new StringBuilder("reference,name\n");
    for (int i = 0; i < 400; i++) {
      csv.append("row-").append(i).append(",Hollyhock Bakery Cooperative ").append(i).append('\n');
    }
    csv.append("row-senseTime,SenseTime Group Ltd\n");
    Response upload =
        given()
            .auth()
            .none()
            .redirects()
            .follow(false)
            .cookies(b.cookies())
            .multiPart("csrf", b.csrf())
            .multiPart("purpose", "INVESTMENT")
            .multiPart(
                "file", "deals.csv", csv.toString().getBytes(StandardCharsets.UTF_8), "text/csv")
            .post("/console/deal-list");
    assertThat(upload.statusCode()).isEqualTo(303);
    String page = upload.header("Location");
    assertThat(page).contains("/console/deal-list/");

    Response first = get(b, page);
    if (first.header("Refresh") != null) {
      // Caught while running: the rows so far, and no report yet.
      assertThat(first.asString()).contains("rows screened so far").doesNotContain("download-csv");
      Response early = get(b, page + "/report?format=csv");
      assertThat(early.statusCode()).isIn(200, 409);
    }
    Response done = first;
    for (int i = 0; i < 600 && done.header("Refresh") != null; i++) {
      Thread.sleep(200);
      done = get(b, page);
    }
    assertThat(done.header("Refresh")).as("still running after two minutes").isNull();
    Matcher m = SUMMARY.matcher(done.asString());
    assertThat(m.find()).isTrue();
    assertThat(m.group(1)).isEqualTo("401");
    assertThat(done.asString()).contains("1 BLOCK").contains("download-csv");
    Response report = get(b, page + "/report?format=csv");
    assertThat(report.statusCode()).isEqualTo(200);
    assertThat(report.asString()).contains("row-senseTime").contains("row-399");
  }

  @Test
  void aFileThatIsNotADealListIsRefusedAtOnce() {
    ConsoleSecurityTest.Browser b =
        ConsoleSecurityTest.login(ConsoleSecurityTest.OFFICER, ConsoleSecurityTest.OFFICER_SECRET);
    Response r =
        given()
            .auth()
            .none()
            .redirects()
            .follow(false)
            .cookies(b.cookies())
            .multiPart("csrf", b.csrf())
            .multiPart(
                "file",
                "deals.csv",
                "company,amount\nSenseTime,100\n".getBytes(StandardCharsets.UTF_8),
                "text/csv")
            .post("/console/deal-list");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.asString()).contains("The file is not a deal list");
  }

  private static Response get(ConsoleSecurityTest.Browser b, String path) {
    Response r = given().auth().none().redirects().follow(false).cookies(b.cookies()).get(path);
    assertThat(r.statusCode()).as(path).isIn(200, 409);
    return r;
  }
}
