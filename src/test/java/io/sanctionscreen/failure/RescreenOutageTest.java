package io.sanctionscreen.failure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.sanctionscreen.testsupport.ProxiedDatabase;
import io.sanctionscreen.testsupport.ProxiedDatabaseProfile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The database goes away during a full re-screen and comes back: the job is resumed from its cursor
 * once its lease runs out, finishes with every party screened, and the alerts it raised are all
 * stored, each (party, entry) once.
 */
@QuarkusTest
@TestProfile(RescreenOutageTest.Profile.class)
class RescreenOutageTest {

  private static final String WATCHLIST = "outage-rescreen";

  /** Small chunks and a short lease, so that the outage falls mid-job and the resume is quick. */
  public static class Profile extends ProxiedDatabaseProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      Map<String, String> m = new HashMap<>(super.getConfigOverrides());
      m.put("screening.monitoring.rescreen-chunk", "10");
      m.put("screening.monitoring.rescreen-lease", "4s");
      m.put("screening.monitoring.rescreen-poll", "1s");
      return m;
    }
  }

  @AfterEach
  void restoreDatabase() {
    ProxiedDatabase.proxy().restore();
  }

  private static void putWatchlist(double threshold, int status) {
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("description", "outage", "purpose", "INVESTMENT", "threshold", threshold))
        .when()
        .put("/api/v1/watchlists/{name}", WATCHLIST)
        .then()
        .statusCode(status);
  }

  private static JsonPath job(String location) {
    return given().when().get(location).then().statusCode(200).extract().jsonPath();
  }

  private static List<Map<String, Object>> alerts() {
    return given()
        .queryParam("watchlist", WATCHLIST)
        .queryParam("limit", "500")
        .when()
        .get("/api/v1/alerts")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("alerts");
  }

  @Test
  void aReScreenCutByADatabaseOutageResumesWithNoAlertLostOrDoubled() throws Exception {
    // Stored at a threshold nothing near-exact reaches; the re-screen runs at a lower one, so that
    // the alerts are raised by the re-screen itself.
    putWatchlist(0.99, 201);
    List<Map<String, Object>> parties = new ArrayList<>();
    String[] near = {
      "Sensetime Group Limited", "SenseTime Grp Ltd", "Sense Time Group", "SenseTime Grup Ltd"
    };
    for (int i = 0; i < 200; i++) {
      String name =
          i % 50 == 7 ? near[i / 50] : "Quellmark Ostravin Trading " + Integer.toString(i, 36);
      parties.add(Map.of("reference", "o-" + i, "name", name, "type", "organization"));
    }
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("parties", parties))
        .when()
        .post("/api/v1/watchlists/{name}/parties", WATCHLIST)
        .then()
        .statusCode(200);
    int before = alerts().size();
    putWatchlist(0.7, 200);

    String location =
        given()
            .when()
            .post("/api/v1/watchlists/{name}/rescreen", WATCHLIST)
            .then()
            .statusCode(202)
            .extract()
            .header("Location");
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (job(location).getLong("done") == 0) {
      assertThat(System.nanoTime()).as("the job started").isLessThan(deadline);
      Thread.sleep(50);
    }
    ProxiedDatabase.proxy().cut();
    Thread.sleep(6_000);
    ProxiedDatabase.proxy().restore();

    JsonPath j = job(location);
    while (!"DONE".equals(j.getString("status"))) {
      assertThat(j.getString("status")).isIn("QUEUED", "RUNNING");
      assertThat(System.nanoTime()).as("the job finished").isLessThan(deadline);
      Thread.sleep(500);
      j = job(location);
    }
    assertThat(j.getLong("total")).isEqualTo(200);
    assertThat(j.getLong("done")).isEqualTo(200);

    List<Map<String, Object>> after = alerts();
    Set<String> pairs = new HashSet<>();
    for (Map<String, Object> a : after) {
      @SuppressWarnings("unchecked")
      Map<String, Object> party = (Map<String, Object>) a.get("party");
      assertThat(pairs.add(party.get("reference") + "|" + a.get("entityId")))
          .as("alert for %s on %s once", party.get("reference"), a.get("entityId"))
          .isTrue();
    }
    assertThat(j.getLong("alertsRaised")).isPositive();
    assertThat(after).hasSize(before + (int) j.getLong("alertsRaised"));
    Set<String> alerted = new HashSet<>();
    after.forEach(a -> alerted.add(String.valueOf(((Map<?, ?>) a.get("party")).get("reference"))));
    for (int i = 7; i < 200; i += 50) {
      assertThat(alerted).as("the near-SenseTime party o-%d alerted", i).contains("o-" + i);
    }
    given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
  }
}
