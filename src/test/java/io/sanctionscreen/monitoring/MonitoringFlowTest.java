package io.sanctionscreen.monitoring;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.sanctionscreen.testsupport.Metrics;
import io.sanctionscreen.testsupport.Poll;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Ongoing monitoring over HTTP on the bundled lists: a watchlist of deals raises an alert for
 * SenseTime and none for an innocent name, scored as a single screening scores it; two officers
 * clear it (the same officer cannot approve his own decision); an uploaded custom list version that
 * adds an entry alerts on the party it hits; a false positive suppresses the pair until the entry's
 * names change, and then the alert comes back linked to the decision; a full re-screen raises
 * nothing twice.
 */
@QuarkusTest
class MonitoringFlowTest {

  private static final String OFFICER = "test-officer";
  private static final String OFFICER_SECRET = "test-officer-secret";
  private static final String OFFICER2 = "test-officer2";
  private static final String OFFICER2_SECRET = "test-officer2-secret";
  private static final String SOURCE = "custom-monitoring-probe";

  /** An upload rebuilds the index; on a loaded machine that can take longer than 30 s. */
  private static RequestSpecification slow() {
    return given()
        .config(
            RestAssured.config()
                .httpClient(
                    HttpClientConfig.httpClientConfig()
                        .setParam("http.socket.timeout", 180_000)
                        .setParam("http.connection.timeout", 180_000)));
  }

  private static void putWatchlist(String name, String purpose) {
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("description", "Deals of the test", "purpose", purpose, "threshold", 0.82))
        .when()
        .put("/api/v1/watchlists/{name}", name)
        .then()
        .statusCode(201)
        .body("name", equalTo(name))
        .body("purpose", equalTo(purpose))
        .body("parties", equalTo(0));
  }

  static JsonPath addParties(String watchlist, List<Map<String, Object>> parties) {
    return given()
        .contentType(ContentType.JSON)
        .body(Map.of("parties", parties))
        .when()
        .post("/api/v1/watchlists/{name}/parties", watchlist)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  static JsonPath alerts(String watchlist) {
    return given()
        .queryParam("watchlist", watchlist)
        .when()
        .get("/api/v1/alerts")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static JsonPath alert(long id) {
    return given()
        .when()
        .get("/api/v1/alerts/{id}", id)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static io.restassured.response.ValidatableResponse decide(
      long id, String user, String secret, String decision, String comment) {
    return given()
        .auth()
        .preemptive()
        .basic(user, secret)
        .contentType(ContentType.JSON)
        .body(Map.of("decision", decision, "comment", comment))
        .when()
        .post("/api/v1/alerts/{id}/decision", id)
        .then();
  }

  private static io.restassured.response.ValidatableResponse approve(
      long id, String user, String secret) {
    return given()
        .auth()
        .preemptive()
        .basic(user, secret)
        .contentType(ContentType.JSON)
        .body(Map.of("comment", "checked"))
        .when()
        .post("/api/v1/alerts/{id}/approval", id)
        .then();
  }

  private static void upload(String csv) {
    slow()
        .contentType(ContentType.BINARY)
        .queryParam("force", true)
        .body(csv.getBytes(StandardCharsets.UTF_8))
        .when()
        .post("/api/v1/lists/{source}/import", SOURCE)
        .then()
        .statusCode(201);
  }

  @Test
  void senseTimeAlertsAndTwoOfficersClearIt() {
    String w = "ipo-deals";
    putWatchlist(w, "IPO");
    double raisedBefore =
        Metrics.value(Metrics.scrape(), "monitoring_alerts_raised_total", Map.of());
    double rescreensBefore =
        Metrics.value(Metrics.scrape(), "monitoring_rescreen_duration_seconds_count", Map.of());
    JsonPath added =
        addParties(
            w,
            List.of(
                Map.of(
                    "reference", "deal-1", "name", "SenseTime Group Ltd", "type", "organization"),
                Map.of(
                    "reference",
                    "deal-2",
                    "name",
                    "Quillon Harbourvale Bakery",
                    "country",
                    "Ireland")));
    assertThat(added.getInt("added")).isEqualTo(2);
    List<Long> raised = added.getList("alerts", Long.class);
    assertThat(raised).isNotEmpty();
    assertThat(Metrics.value(Metrics.scrape(), "monitoring_alerts_raised_total", Map.of()))
        .isEqualTo(raisedBefore + raised.size());

    JsonPath page = alerts(w);
    assertThat(page.getLong("total")).isEqualTo(raised.size());
    assertThat(page.getList("alerts.party.reference", String.class)).containsOnly("deal-1");
    assertThat(page.getList("alerts.status", String.class)).containsOnly("OPEN");

    // The OFAC NS-CMIC listing: BLOCK for an IPO, scored as a single screening scores it.
    JsonPath screened =
        given()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "name", "SenseTime Group Ltd",
                    "type", "organization",
                    "purpose", "IPO",
                    "threshold", 0.82,
                    "limit", 100))
            .when()
            .post("/api/v1/screen")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    String entityId = screened.getString("hits[0].entityId");
    assertThat(entityId).startsWith("us-ofac-cons:");
    long id = page.getLong("alerts.find { it.entityId == '" + entityId + "' }.id");
    JsonPath a = alert(id);
    assertThat(a.getString("watchlist")).isEqualTo(w);
    assertThat(a.getString("party.name")).isEqualTo("SenseTime Group Ltd");
    assertThat(a.getString("source")).isEqualTo("us-ofac-cons");
    assertThat(a.getString("listedName")).isEqualTo(screened.getString("hits[0].name"));
    assertThat(a.getString("matchedName")).isEqualTo(screened.getString("hits[0].matchedName"));
    assertThat(a.getDouble("score")).isCloseTo(screened.getDouble("hits[0].score"), within(1e-9));
    assertThat(a.getString("explanation.summary"))
        .isEqualTo(screened.getString("hits[0].explanation.summary"));
    assertThat(a.getString("outcome")).isEqualTo("BLOCK");
    assertThat(a.getString("purpose")).isEqualTo("IPO");
    assertThat(a.getLong("listVersion"))
        .isEqualTo(screened.getLong("listVersions.find { it.source == 'us-ofac-cons' }.version"));
    assertThat(a.getString("raisedBy")).isEqualTo("test-admin");
    assertThat(a.getList("history.action", String.class)).containsExactly("RAISED");
    assertThat(a.getList("notifications")).isEmpty();

    // Adding the same party again raises nothing new: the pair has alerted with this content.
    JsonPath again =
        addParties(
            w,
            List.of(
                Map.of(
                    "reference", "deal-1", "name", "SenseTime Group Ltd", "type", "organization")));
    assertThat(again.getInt("replaced")).isEqualTo(1);
    assertThat(again.getList("alerts")).isEmpty();

    // A false positive on a BLOCK alert waits for a second officer.
    decide(id, OFFICER, OFFICER_SECRET, "FALSE_POSITIVE", "A different SenseTime")
        .statusCode(200)
        .body("status", equalTo("PENDING_APPROVAL"))
        .body("decidedBy", equalTo(OFFICER));
    approve(id, OFFICER, OFFICER_SECRET)
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:sanctionscreen:problem:four-eyes"))
        .body("detail", startsWith("Alert " + id + " was decided by test-officer"));
    decide(id, OFFICER2, OFFICER2_SECRET, "TRUE_MATCH", "no")
        .statusCode(409)
        .body("type", equalTo("urn:sanctionscreen:problem:alert-decided"));
    approve(id, OFFICER2, OFFICER2_SECRET)
        .statusCode(200)
        .body("status", equalTo("CLEARED"))
        .body("approvedBy", equalTo(OFFICER2));
    JsonPath cleared = alert(id);
    assertThat(cleared.getList("history.action", String.class))
        .containsExactly("RAISED", "FALSE_POSITIVE", "APPROVED");
    assertThat(cleared.getList("history.actor", String.class))
        .containsExactly("test-admin", OFFICER, OFFICER2);
    assertThat(cleared.getList("history.status", String.class))
        .containsExactly("OPEN", "PENDING_APPROVAL", "CLEARED");
    assertThat(cleared.getString("history[1].comment")).isEqualTo("A different SenseTime");

    // Only OPEN alerts are listed by status OPEN; the cleared one is not.
    List<Long> open =
        given()
            .queryParam("watchlist", w)
            .queryParam("status", "OPEN")
            .when()
            .get("/api/v1/alerts")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("alerts.id", Long.class);
    assertThat(open).doesNotContain(id).hasSize(raised.size() - 1);

    // A full re-screen raises nothing twice.
    long job =
        given()
            .when()
            .post("/api/v1/watchlists/{name}/rescreen", w)
            .then()
            .statusCode(202)
            .body("status", equalTo("QUEUED"))
            .body("total", equalTo(2))
            .extract()
            .jsonPath()
            .getLong("id");
    JsonPath done =
        Poll.until(
            Duration.ofSeconds(60),
            "re-screen " + job + " done",
            () -> {
              JsonPath j =
                  given()
                      .when()
                      .get("/api/v1/rescreens/{id}", job)
                      .then()
                      .statusCode(200)
                      .extract()
                      .jsonPath();
              return "DONE".equals(j.getString("status")) ? j : null;
            });
    assertThat(done.getLong("done")).isEqualTo(2);
    assertThat(done.getLong("alertsRaised")).isZero();
    // The worker records the duration right after the last chunk commits.
    Poll.until(
        Duration.ofSeconds(30),
        "the re-screen duration recorded",
        () ->
            Metrics.value(Metrics.scrape(), "monitoring_rescreen_duration_seconds_count", Map.of())
                    == rescreensBefore + 1
                ? Boolean.TRUE
                : null);
    assertThat(alerts(w).getLong("total")).isEqualTo(raised.size());
  }

  @Test
  void listChangesAlertAndAFalsePositiveHoldsUntilTheEntryChanges() {
    String w = "payment-book";
    putWatchlist(w, "PAYMENT");
    JsonPath added =
        addParties(
            w,
            List.of(
                Map.of("reference", "ben-1", "name", "Marivelle Quonset Trading Ltd"),
                Map.of("reference", "ben-2", "name", "Ostrava Pellingham Logistics")));
    assertThat(added.getList("alerts")).isEmpty();

    // A list version adds an entry matching ben-1: the delta re-screen alerts on it.
    upload(
        "id,name,aliases,programs\n"
            + "MQ-1,Marivelle Quonset Trading Limited,,INTERNAL-BLOCK\n"
            + "ZZ-9,Dunmore Feathersby Exports,,INTERNAL-BLOCK\n");
    JsonPath page = alerts(w);
    assertThat(page.getLong("total")).isEqualTo(1);
    long first = page.getLong("alerts[0].id");
    JsonPath a = alert(first);
    assertThat(a.getString("party.reference")).isEqualTo("ben-1");
    assertThat(a.getString("entityId")).isEqualTo(SOURCE + ":MQ-1");
    assertThat(a.getString("raisedBy")).startsWith("list-change:" + SOURCE + "@");
    assertThat(a.getLong("listVersion"))
        .isEqualTo(
            Long.parseLong(
                a.getString("raisedBy").substring(a.getString("raisedBy").indexOf('@') + 1)));
    assertThat(a.getDouble("score")).isGreaterThanOrEqualTo(0.82);
    assertThat(a.getString("previous")).isNull();
    String outcome = a.getString("outcome");

    // Cleared as a false positive (REVIEW outcome: one officer suffices; BLOCK needs two).
    var cleared = decide(first, OFFICER, OFFICER_SECRET, "FALSE_POSITIVE", "Another Marivelle");
    if ("BLOCK".equals(outcome)) {
      cleared.statusCode(200).body("status", equalTo("PENDING_APPROVAL"));
      approve(first, OFFICER2, OFFICER2_SECRET).statusCode(200);
    } else {
      cleared.statusCode(200).body("status", equalTo("CLEARED"));
    }

    // Only the remarks change: the decision holds, no alert.
    upload(
        "id,name,aliases,programs,remarks\n"
            + "MQ-1,Marivelle Quonset Trading Limited,,INTERNAL-BLOCK,seen in a news report\n"
            + "ZZ-9,Dunmore Feathersby Exports,,INTERNAL-BLOCK,\n");
    assertThat(alerts(w).getLong("total")).isEqualTo(1);

    // The entry gains an alias: the pair alerts again, linked to the earlier decision.
    upload(
        "id,name,aliases,programs,remarks\n"
            + "MQ-1,Marivelle Quonset Trading Limited,MQT Holdings,INTERNAL-BLOCK,seen in a news"
            + " report\n"
            + "ZZ-9,Dunmore Feathersby Exports,,INTERNAL-BLOCK,\n");
    JsonPath after = alerts(w);
    assertThat(after.getLong("total")).isEqualTo(2);
    long back = after.getLong("alerts[0].id");
    assertThat(back).isNotEqualTo(first);
    JsonPath b = alert(back);
    assertThat(b.getString("status")).isEqualTo("OPEN");
    assertThat(b.getString("entityId")).isEqualTo(SOURCE + ":MQ-1");
    assertThat(b.getLong("previous.alertId")).isEqualTo(first);
    assertThat(b.getString("previous.decision")).isEqualTo("FALSE_POSITIVE");
    assertThat(b.getString("previous.decidedBy")).isEqualTo(OFFICER);
    assertThat(b.getString("previous.status")).isEqualTo("CLEARED");
    assertThat(b.getList("history.action", String.class)).containsExactly("RAISED_AGAIN");
  }

  @Test
  void badRequestsAndRoles() {
    String w = "rules";
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("purpose", "IPO", "threshold", 1.5))
        .when()
        .put("/api/v1/watchlists/{name}", w)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:sanctionscreen:problem:invalid-request"));
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("purpose", "SHOPPING", "threshold", 0.9))
        .when()
        .put("/api/v1/watchlists/{name}", w)
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("purpose", "IPO", "threshold", 0.9))
        .when()
        .put("/api/v1/watchlists/{name}", "Not A Name")
        .then()
        .statusCode(400)
        .body("detail", startsWith("name: must be"));
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("parties", List.of(Map.of("reference", "x", "name", "Anyone"))))
        .when()
        .post("/api/v1/watchlists/{name}/parties", "no-such-list")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    // Officers read, admins manage.
    given()
        .auth()
        .preemptive()
        .basic(OFFICER, OFFICER_SECRET)
        .contentType(ContentType.JSON)
        .body(Map.of("purpose", "IPO", "threshold", 0.9))
        .when()
        .put("/api/v1/watchlists/{name}", w)
        .then()
        .statusCode(403);
    putWatchlist(w, "INVESTMENT");
    given()
        .auth()
        .preemptive()
        .basic(OFFICER, OFFICER_SECRET)
        .when()
        .get("/api/v1/watchlists/{name}", w)
        .then()
        .statusCode(200)
        .body("purpose", equalTo("INVESTMENT"));
    // Screeners may not add parties unless configured.
    given()
        .auth()
        .preemptive()
        .basic("test-screener", "test-screener-secret")
        .contentType(ContentType.JSON)
        .body(Map.of("parties", List.of(Map.of("reference", "x", "name", "Anyone"))))
        .when()
        .post("/api/v1/watchlists/{name}/parties", w)
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    // A party without a name, a reference given twice.
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("parties", List.of(Map.of("reference", "x"))))
        .when()
        .post("/api/v1/watchlists/{name}/parties", w)
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    given()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "parties",
                List.of(
                    Map.of("reference", "x", "name", "Anyone"),
                    Map.of("reference", "x", "name", "Someone"))))
        .when()
        .post("/api/v1/watchlists/{name}/parties", w)
        .then()
        .statusCode(400)
        .body("detail", equalTo("parties[1].reference: 'x' is given twice"));
    // The batch CSV format; then a page and a deletion.
    given()
        .contentType("text/csv")
        .body(
            "reference,name,type,country\n"
                + "c-1,Harrowgate Lindqvist Foods,organization,Sweden\n"
                + "c-2,Pemberly Castellan Mining,organization,Chile\n")
        .when()
        .post("/api/v1/watchlists/{name}/parties", w)
        .then()
        .statusCode(200)
        .body("added", equalTo(2));
    given()
        .queryParam("limit", 1)
        .when()
        .get("/api/v1/watchlists/{name}/parties", w)
        .then()
        .statusCode(200)
        .body("total", equalTo(2))
        .body("parties[0].reference", equalTo("c-1"))
        .body("parties[0].country", equalTo("Sweden"));
    given()
        .when()
        .delete("/api/v1/watchlists/{name}/parties/{ref}", w, "c-1")
        .then()
        .statusCode(204);
    given()
        .when()
        .delete("/api/v1/watchlists/{name}/parties/{ref}", w, "c-1")
        .then()
        .statusCode(404);
    given()
        .queryParam("limit", 0)
        .when()
        .get("/api/v1/watchlists/{name}/parties", w)
        .then()
        .statusCode(400)
        .body("detail", equalTo("limit: must be between 1 and 1000"));
    given()
        .queryParam("status", "WHATEVER")
        .when()
        .get("/api/v1/alerts")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    given().when().get("/api/v1/alerts/{id}", 999_999_999L).then().statusCode(404);
    // An id that is not a number is a 400 naming it, not a bare "no resource" 404.
    given()
        .when()
        .get("/api/v1/alerts/{id}", "abc")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("id"));
    given()
        .contentType("application/json")
        .body("{\"decision\":\"TRUE_MATCH\"}")
        .when()
        .post("/api/v1/alerts/{id}/decision", "-1")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("id"));
  }
}
