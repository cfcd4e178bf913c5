package io.sanctionscreen.lists;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A list older than screening.lists.unready-after (set to 100 years in the test profile) takes the
 * replica out of service: readiness is DOWN and names the list; a current version brings it back.
 * Liveness stays UP throughout, so the orchestrator does not restart a replica that only waits for
 * a list.
 */
@QuarkusTest
class StaleListReadinessTest {

  private static final String SOURCE = "custom-readiness-probe";

  private static byte[] list(String... names) {
    StringBuilder csv = new StringBuilder("id,name,programs\n");
    for (int i = 0; i < names.length; i++) {
      csv.append("R-").append(i + 1).append(',').append(names[i]).append(",INTERNAL\n");
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aListOlderThanTheLimitMakesTheReplicaUnreadyUntilACurrentVersionArrives() {
    ListApi.upload(SOURCE, list("Qorvexian Plumtree Holdings"), Map.of("listDate", "1901-01-01"))
        .statusCode(201);
    given()
        .when()
        .get("/q/health/ready")
        .then()
        .statusCode(503)
        .body("status", equalTo("DOWN"))
        .body("checks.find { it.name == 'lists' }.status", equalTo("DOWN"))
        .body("checks.find { it.name == 'lists' }.data.reason", containsString(SOURCE))
        .body("checks.find { it.name == 'lists' }.data.unreadyAfter", equalTo("PT876000H"));
    given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));

    String today = LocalDate.now(ZoneOffset.UTC).toString();
    ListApi.upload(
            SOURCE,
            list("Qorvexian Plumtree Holdings", "Qorvexian Plumtree Shipping"),
            Map.of("listDate", today))
        .statusCode(201);
    given()
        .when()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.find { it.name == 'lists' }.status", equalTo("UP"));
  }
}
