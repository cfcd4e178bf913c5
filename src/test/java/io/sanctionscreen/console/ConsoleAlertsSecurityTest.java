package io.sanctionscreen.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * The Alerts pages over plain HTTP: their review forms are refused without the page's CSRF token
 * (and then nothing is recorded), a refusal of the review comes back as the alert's page rather
 * than as problem+json, and a user without the officer role sees no alert.
 */
@QuarkusTest
class ConsoleAlertsSecurityTest {

  private static JsonPath alert(long id) {
    return given().get("/api/v1/alerts/{id}", id).then().statusCode(200).extract().jsonPath();
  }

  @Test
  void theReviewFormsAreRefusedWithoutTheirTokenAndNothingIsRecorded() {
    long id = ConsoleAlertsBrowserTest.senseTimeAlert(ConsoleAlertsBrowserTest.watchlistName());
    ConsoleSecurityTest.Browser b =
        ConsoleSecurityTest.login(ConsoleSecurityTest.OFFICER, ConsoleSecurityTest.OFFICER_SECRET);

    Response page = given().auth().none().cookies(b.cookies()).get("/console/alerts/{id}", id);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.contentType()).startsWith("text/html");
    String html = page.asString();
    assertThat(html)
        .contains("action=\"/console/alerts/" + id + "/decision\"")
        .doesNotContain("<script")
        .doesNotContain(" style=");
    Matcher m = ConsoleSecurityTest.CSRF_FIELD.matcher(html);
    assertThat(m.find()).isTrue();
    assertThat(m.group(1)).isEqualTo(b.csrf());

    Response none =
        given()
            .auth()
            .none()
            .cookies(b.cookies())
            .contentType(ContentType.URLENC)
            .formParam("decision", "FALSE_POSITIVE")
            .formParam("comment", "no token")
            .post("/console/alerts/{id}/decision", id);
    assertThat(none.statusCode()).isEqualTo(403);
    assertThat(none.contentType()).startsWith("text/html");
    Response wrong =
        given()
            .auth()
            .none()
            .cookies(b.cookies())
            .contentType(ContentType.URLENC)
            .formParam("csrf", b.csrf().substring(1) + "x")
            .formParam("decision", "FALSE_POSITIVE")
            .post("/console/alerts/{id}/decision", id);
    assertThat(wrong.statusCode()).isEqualTo(403);
    Response noCookie =
        given()
            .auth()
            .none()
            .cookie("console-session", b.cookies().get("console-session"))
            .contentType(ContentType.URLENC)
            .formParam("csrf", b.csrf())
            .formParam("decision", "FALSE_POSITIVE")
            .post("/console/alerts/{id}/decision", id);
    assertThat(noCookie.statusCode()).isEqualTo(403);
    Response approval =
        given()
            .auth()
            .none()
            .cookies(b.cookies())
            .contentType(ContentType.URLENC)
            .formParam("comment", "no token")
            .post("/console/alerts/{id}/approval", id);
    assertThat(approval.statusCode()).isEqualTo(403);
    JsonPath untouched = alert(id);
    assertThat(untouched.getString("status")).isEqualTo("OPEN");
    assertThat(untouched.getList("history.action", String.class)).containsExactly("RAISED");

    // With the token: decided, then the same officer's approval is refused on the page.
    Response decided =
        given()
            .auth()
            .none()
            .redirects()
            .follow(false)
            .cookies(b.cookies())
            .contentType(ContentType.URLENC)
            .formParam("csrf", b.csrf())
            .formParam("decision", "FALSE_POSITIVE")
            .formParam("comment", "another company")
            .post("/console/alerts/{id}/decision", id);
    assertThat(decided.statusCode()).isEqualTo(303);
    assertThat(decided.header("Location")).endsWith("/console/alerts/" + id);
    assertThat(alert(id).getString("status")).isEqualTo("PENDING_APPROVAL");
    Response own =
        given()
            .auth()
            .none()
            .cookies(b.cookies())
            .contentType(ContentType.URLENC)
            .formParam("csrf", b.csrf())
            .formParam("comment", "mine")
            .post("/console/alerts/{id}/approval", id);
    assertThat(own.statusCode()).isEqualTo(409);
    assertThat(own.contentType()).startsWith("text/html");
    assertThat(own.asString())
        .contains(
            "<div class=\"error\" role=\"alert\" id=\"review-error\">Alert "
                + id
                + " was decided by test-officer; clearing it needs the approval of a different"
                + " officer</div>")
        .contains(
            "<textarea id=\"approval-comment\" name=\"comment\" rows=\"3\""
                + " maxlength=\"2000\">mine</textarea>");
    JsonPath pending = alert(id);
    assertThat(pending.getString("status")).isEqualTo("PENDING_APPROVAL");
    assertThat(pending.getList("history.action", String.class))
        .containsExactly("RAISED", "FALSE_POSITIVE");

    // A decision the review does not know is a 400 page, not a 500.
    Response unknown =
        given()
            .auth()
            .none()
            .cookies(b.cookies())
            .contentType(ContentType.URLENC)
            .formParam("csrf", b.csrf())
            .formParam("decision", "MAYBE")
            .post("/console/alerts/{id}/decision", id);
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.asString())
        .contains("Decision: choose FALSE_POSITIVE, TRUE_MATCH or ESCALATE");
  }

  @Test
  void theQueueRefusesABadFilterAndAUserWithoutTheOfficerRole() {
    ConsoleSecurityTest.Browser b =
        ConsoleSecurityTest.login(ConsoleSecurityTest.OFFICER, ConsoleSecurityTest.OFFICER_SECRET);
    Response bad =
        given()
            .auth()
            .none()
            .cookies(b.cookies())
            .queryParam("status", "SOMETIMES")
            .queryParam("from", "10/12/2021")
            .get("/console/alerts");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.asString())
        .contains("<li>From: must be a date written YYYY-MM-DD</li>")
        .contains(
            "<li>Status: must be one of OPEN, ESCALATED, PENDING_APPROVAL, CLEARED,"
                + " CONFIRMED</li>");

    Response login =
        given()
            .auth()
            .none()
            .redirects()
            .follow(false)
            .contentType(ContentType.URLENC)
            .formParam("j_username", "test-screener")
            .formParam("j_password", "test-screener-secret")
            .post("/console/j_security_check");
    for (String path : new String[] {"/console/alerts", "/console/alerts/1"}) {
      Response r =
          given()
              .auth()
              .none()
              .redirects()
              .follow(false)
              .cookie("console-session", login.cookie("console-session"))
              .get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(403);
    }
  }
}
