package io.sanctionscreen.monitoring;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Over HTTP, on real uploaded list versions: the delta re-screen's cheap cut-off keeps a party
 * whose score equals its watchlist's threshold; a single screening that names a watchlist says
 * which confirmed false-positive decision suppresses a hit (by party reference, or by the watched
 * party's name), takes the outcome from the other hits, and stops suppressing once the entry
 * changes.
 */
@QuarkusTest
class MonitoringSuppressionTest {

  private static final String SOURCE = "custom-suppression-probe";

  private static RequestSpecification slow() {
    return given()
        .config(
            RestAssured.config()
                .httpClient(
                    HttpClientConfig.httpClientConfig()
                        .setParam("http.socket.timeout", 600_000)
                        .setParam("http.connection.timeout", 600_000)));
  }

  private static void upload(String source, String csv) {
    slow()
        .contentType(ContentType.BINARY)
        .queryParam("force", true)
        .body(csv.getBytes(StandardCharsets.UTF_8))
        .when()
        .post("/api/v1/lists/{source}/import", source)
        .then()
        .statusCode(201);
  }

  private static void putWatchlist(String name, double threshold) {
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("description", "Deals", "purpose", "INVESTMENT", "threshold", threshold))
        .when()
        .put("/api/v1/watchlists/{name}", name)
        .then()
        .statusCode(201);
  }

  private static JsonPath addParty(String watchlist, String reference, String name) {
    return MonitoringFlowTest.addParties(
        watchlist, List.of(Map.of("reference", reference, "name", name)));
  }

  private static JsonPath alerts(String watchlist) {
    return MonitoringFlowTest.alerts(watchlist);
  }

  private static JsonPath screen(Map<String, Object> request) {
    return given()
        .contentType(ContentType.JSON)
        .body(request)
        .when()
        .post("/api/v1/screen")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void aPartyExactlyAtTheThresholdStillAlertsOnAListChange() {
    String source = SOURCE + "-edge";
    upload(source, "id,name,programs\nE-1,Vandermolen Quaxford Shipping Limited,INTERNAL-BLOCK\n");
    String party = "Vandermoolen Quaxfort Shiping";
    // The score a single screening gives the party (rounded to 4 decimals in the answer): the
    // watchlist's threshold is set at it, minus the rounding.
    JsonPath single = screen(Map.of("name", party, "purpose", "INVESTMENT", "threshold", 0.5));
    double score = single.getDouble("hits.find { it.entityId == '" + source + ":E-1' }.score");
    assertThat(score).isBetween(0.6, 0.99);
    String w = "edge-deals";
    putWatchlist(w, score - 0.00005);
    List<Long> raised = addParty(w, "edge-1", party).getList("alerts", Long.class);
    assertThat(raised).hasSize(1);
    // The entry changes (an alias far from the party's name): the delta re-screen, with its
    // cut-off, must still screen the party and raise the alert again.
    upload(
        source,
        "id,name,aliases,programs\n"
            + "E-1,Vandermolen Quaxford Shipping Limited,Zyxwoq Holdings,INTERNAL-BLOCK\n");
    JsonPath a = alerts(w);
    assertThat(a.getInt("total")).isEqualTo(2);
    assertThat(a.getString("alerts[0].raisedBy")).startsWith("list-change:" + source + "@");
    assertThat(a.getString("alerts[0].entityId")).isEqualTo(source + ":E-1");
    assertThat(a.getDouble("alerts[0].score")).isEqualTo(score);
    assertThat(a.getLong("alerts[0].previous.alertId")).isEqualTo(raised.get(0));
  }

  @Test
  void aScreeningNamingAWatchlistSaysWhichDecisionSuppressedTheHit() {
    upload(SOURCE, "id,name,programs\nS-1,Quentavio Marsdell Trading Limited,INTERNAL-BLOCK\n");
    String w = "suppression-deals";
    putWatchlist(w, 0.82);
    String name = "Quentavio Marsdell Trading Ltd";
    long alertId = addParty(w, "deal-s1", name).getList("alerts", Long.class).get(0);
    JsonPath decided =
        given()
            .auth()
            .preemptive()
            .basic("test-officer", "test-officer-secret")
            .contentType(ContentType.JSON)
            .body(Map.of("decision", "FALSE_POSITIVE", "comment", "Another Quentavio"))
            .when()
            .post("/api/v1/alerts/{id}/decision", alertId)
            .then()
            .statusCode(200)
            .body("status", equalTo("CLEARED"))
            .extract()
            .jsonPath();
    JsonPath stored =
        given()
            .when()
            .get("/api/v1/alerts/{id}", alertId)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(decided.getString("status")).isEqualTo("CLEARED");
    long decisionId = stored.getLong("history.find { it.action == 'FALSE_POSITIVE' }.id");
    String hit = "hits.find { it.entityId == '" + SOURCE + ":S-1' }";

    // Without a watchlist: the hit, and the outcome it gives.
    JsonPath plain = screen(Map.of("name", name, "purpose", "INVESTMENT"));
    assertThat(plain.getString("outcome")).isEqualTo("REVIEW");
    assertThat(plain.getMap(hit + ".suppressedBy")).isNull();

    // With the watchlist and the party: suppressed by that decision, and no longer counted.
    for (Map<String, Object> request :
        List.<Map<String, Object>>of(
            Map.of("name", name, "purpose", "INVESTMENT", "watchlist", w, "party", "deal-s1"),
            // Without a party reference: the watched party of the same name.
            Map.of(
                "name",
                name.toUpperCase(java.util.Locale.ROOT),
                "purpose",
                "INVESTMENT",
                "watchlist",
                w))) {
      JsonPath r = screen(request);
      assertThat(r.getString("outcome")).isEqualTo("CLEAR");
      assertThat(r.getString(hit + ".suppressedBy.watchlist")).isEqualTo(w);
      assertThat(r.getString(hit + ".suppressedBy.party")).isEqualTo("deal-s1");
      assertThat(r.getLong(hit + ".suppressedBy.alertId")).isEqualTo(alertId);
      assertThat(r.getLong(hit + ".suppressedBy.decisionId")).isEqualTo(decisionId);
      assertThat(r.getString(hit + ".suppressedBy.decision")).isEqualTo("FALSE_POSITIVE");
      assertThat(r.getString(hit + ".suppressedBy.decidedBy")).isEqualTo("test-officer");
      assertThat(r.getString(hit + ".suppressedBy.decidedAt"))
          .isEqualTo(stored.getString("decidedAt"));
      assertThat(r.getString(hit + ".suppressedBy.approvedBy")).isNull();
    }

    // Another name, no party: nothing is suppressed.
    JsonPath other =
        screen(
            Map.of(
                "name", "Quentavio Marsdell Trading Co", "purpose", "INVESTMENT", "watchlist", w));
    assertThat(other.getString("outcome")).isEqualTo("REVIEW");
    assertThat(other.getMap(hit + ".suppressedBy")).isNull();

    // A batch row names the watchlist too.
    JsonPath batch =
        given()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "queries", List.of(Map.of("name", name, "watchlist", w, "party", "deal-s1"))))
            .queryParam("purpose", "INVESTMENT")
            .when()
            .post("/api/v1/screen/batch")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(batch.getLong("results[0].response." + hit + ".suppressedBy.alertId"))
        .isEqualTo(alertId);

    // Unknown watchlist or party: 404 problem+json.
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("name", name, "watchlist", "no-such-watchlist"))
        .when()
        .post("/api/v1/screen")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("status", equalTo(404))
        .body("detail", equalTo("No watchlist no-such-watchlist"));
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("name", name, "watchlist", w, "party", "deal-none"))
        .when()
        .post("/api/v1/screen")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("detail", equalTo("Watchlist " + w + " holds no party deal-none"));

    // The entry changes: the decision no longer holds, the hit counts again.
    upload(
        SOURCE,
        "id,name,aliases,programs\n"
            + "S-1,Quentavio Marsdell Trading Limited,QMT Holdings,INTERNAL-BLOCK\n");
    JsonPath changed =
        screen(Map.of("name", name, "purpose", "INVESTMENT", "watchlist", w, "party", "deal-s1"));
    assertThat(changed.getString("outcome")).isEqualTo("REVIEW");
    assertThat(changed.getMap(hit + ".suppressedBy")).isNull();
  }
}
