package io.sanctionscreen.failure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.sanctionscreen.testsupport.Poll;
import io.sanctionscreen.testsupport.ProxiedDatabase;
import io.sanctionscreen.testsupport.ProxiedDatabaseProfile;
import io.sanctionscreen.testsupport.TestLists;
import io.sanctionscreen.web.Problem;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The database goes away (every connection dropped, new ones refused) and comes back: meanwhile
 * screening fails closed with 503 and Retry-After, readiness is DOWN and liveness UP; afterwards
 * both recover by themselves, and the audit trail holds exactly the screenings that were answered.
 */
@QuarkusTest
@TestProfile(ProxiedDatabaseProfile.class)
class DatabaseOutageTest {

  private static final String SENSETIME = "SenseTime Group Ltd";
  private static final String SENSETIME_ENTRY = "us-ofac-cons:33114";
  private static final String DATABASE_CHECK = "database";
  private static final Duration RECOVERY = Duration.ofSeconds(30);

  @AfterEach
  void restoreDatabase() {
    ProxiedDatabase.proxy().restore();
  }

  private static Response screen(String name, String reference) {
    return given()
        .contentType(ContentType.JSON)
        .body(Map.of("name", name, "reference", reference))
        .when()
        .post("/api/v1/screen");
  }

  private static int auditRecords(String reference) {
    return given()
        .queryParam("reference", reference)
        .when()
        .get("/api/v1/screenings")
        .then()
        .statusCode(200)
        .extract()
        .path("total");
  }

  @Test
  void screeningFailsClosedWhileTheDatabaseIsDownAndRecoversWhenItReturns() {
    String run = UUID.randomUUID().toString();
    String before = "outage-before-" + run;
    String during = "outage-during-" + run;
    String after = "outage-after-" + run;

    screen(SENSETIME, before)
        .then()
        .statusCode(200)
        .body("hits[0].entityId", equalTo(SENSETIME_ENTRY));
    given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));

    ProxiedDatabase.proxy().cut();

    for (String name : List.of(SENSETIME, "Acme Widgets Inc", SENSETIME)) {
      screen(name, during)
          .then()
          .statusCode(503)
          .contentType(Problem.MEDIA_TYPE)
          .header("Retry-After", "5")
          .body("type", equalTo(Problem.TYPE_BASE + "storage-unavailable"))
          .body("status", equalTo(503))
          .body(
              "detail",
              equalTo("The database cannot be reached; nothing was recorded. Retry later."));
    }
    given()
        .when()
        .get("/q/health/ready")
        .then()
        .statusCode(503)
        .body("status", equalTo("DOWN"))
        .body("checks.find { it.name == '" + DATABASE_CHECK + "' }.status", equalTo("DOWN"))
        // Anyone may read health: it says unreachable, never the driver's message.
        .body(
            "checks.find { it.name == '" + DATABASE_CHECK + "' }.data.database",
            equalTo("unreachable"))
        .body(not(containsStringIgnoringCase("jdbc")))
        .body(not(containsStringIgnoringCase("exception")))
        .body(not(containsStringIgnoringCase("127.0.0.1")))
        // The index is a cache in memory: it stays built, the database is what is missing.
        .body("checks.find { it.name == 'name-index' }.status", equalTo("UP"));
    given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));

    ProxiedDatabase.proxy().restore();

    // The pool drops the connections the outage broke and opens new ones: screening answers
    // again without a restart. Every attempt until then fails closed.
    int[] answered = {0};
    Poll.until(
        RECOVERY,
        "screening to answer 200 after the database returned",
        () -> {
          Response r = screen(SENSETIME, after);
          assertThat(r.statusCode()).as("status while recovering").isIn(200, 503);
          if (r.statusCode() != 200) {
            return null;
          }
          answered[0]++;
          assertThat(r.jsonPath().getString("hits[0].entityId")).isEqualTo(SENSETIME_ENTRY);
          return r;
        });
    for (int i = 0; i < 3; i++) {
      screen(SENSETIME, after)
          .then()
          .statusCode(200)
          .body("hits.entityId", hasItem(SENSETIME_ENTRY));
      answered[0]++;
    }
    Poll.until(
        RECOVERY,
        "readiness UP after the database returned",
        () -> given().when().get("/q/health/ready").statusCode() == 200 ? true : null);
    given()
        .when()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("checks.find { it.name == '" + DATABASE_CHECK + "' }.status", equalTo("UP"));

    // One record per answer, none for the refusals.
    assertThat(auditRecords(before)).isEqualTo(1);
    assertThat(auditRecords(during)).isZero();
    assertThat(auditRecords(after)).isEqualTo(answered[0]);
  }

  @Test
  void importDuringTheOutageStoresNothingAndTheActiveVersionKeepsServing() {
    Map<String, Object> before = TestLists.info("un-sc");
    long versions = TestLists.versionCount("un-sc");

    ProxiedDatabase.proxy().cut();
    // An older UN list: a new version if it were stored.
    TestLists.upload("un-sc", TestLists.un2025(), Map.of("force", "true"))
        .then()
        .statusCode(503)
        .contentType(Problem.MEDIA_TYPE)
        .header("Retry-After", "5");
    ProxiedDatabase.proxy().restore();

    Map<String, Object> after =
        Poll.until(
            RECOVERY,
            "the list API to answer after the database returned",
            () -> {
              Response r = given().when().get("/api/v1/lists");
              return r.statusCode() == 200 ? TestLists.info("un-sc") : null;
            });
    assertThat(after.get("version")).isEqualTo(before.get("version"));
    assertThat(after.get("contentHash")).isEqualTo(before.get("contentHash"));
    assertThat(after.get("entryCount")).isEqualTo(before.get("entryCount"));
    assertThat(TestLists.versionCount("un-sc")).isEqualTo(versions);
  }
}
