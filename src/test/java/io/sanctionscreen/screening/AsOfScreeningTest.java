package io.sanctionscreen.screening;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Screening "as of" an instant: against the list versions that were active then, read from the
 * stored versions, through the HTTP API, with two uploaded versions of a custom list.
 */
@QuarkusTest
class AsOfScreeningTest {

  private static final String SOURCE = "custom-asof-probe";

  /** Only in the first version. */
  private static final String FIRST_ONLY = "Quillbrook Vantermere Holdings";

  /** Only in the second version. */
  private static final String SECOND_ONLY = "Dravenholt Ismerelda Shipping";

  /** In both. */
  private static final String BOTH = "Palmonte Kestrava Trading";

  /**
   * An upload rebuilds the index, and the first screening as of a past instant builds one from the
   * stored versions: on a loaded machine either can take longer than the default 30 s.
   */
  private static RequestSpecification slow() {
    return given()
        .config(
            RestAssured.config()
                .httpClient(
                    HttpClientConfig.httpClientConfig()
                        .setParam("http.socket.timeout", 180_000)
                        .setParam("http.connection.timeout", 180_000)));
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

  private static JsonPath screen(String name, Object asOf) {
    Map<String, Object> body = new HashMap<>();
    body.put("name", name);
    body.put("purpose", "PAYMENT");
    if (asOf != null) {
      body.put("asOf", asOf.toString());
    }
    return slow()
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/v1/screen")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static List<String> hits(JsonPath r) {
    return r.getList("hits.entityId", String.class);
  }

  private static long version(JsonPath r) {
    return r.getLong("listVersions.find { it.source == '" + SOURCE + "' }.version");
  }

  @Test
  void screensAgainstTheVersionsActiveThen() throws InterruptedException {
    Instant beforeAny = Instant.now();
    Thread.sleep(20);
    upload("id,name,programs\nA-1," + FIRST_ONLY + ",INTERNAL\nA-2," + BOTH + ",INTERNAL\n");
    Thread.sleep(20);
    Instant betweenVersions = Instant.now();
    Thread.sleep(20);
    upload("id,name,programs\nA-2," + BOTH + ",INTERNAL\nA-3," + SECOND_ONLY + ",INTERNAL\n");

    // Today: the second version.
    JsonPath now = screen(SECOND_ONLY, null);
    assertThat(hits(now)).contains(SOURCE + ":A-3");
    assertThat(hits(screen(FIRST_ONLY, null))).doesNotContain(SOURCE + ":A-1");
    long second = version(now);

    // As of the moment between the uploads: the first version, and it says so.
    JsonPath then = screen(FIRST_ONLY, betweenVersions);
    assertThat(hits(then)).contains(SOURCE + ":A-1");
    assertThat(then.getString("asOf")).isEqualTo(betweenVersions.toString());
    long first = version(then);
    assertThat(first).isLessThan(second);
    assertThat(then.getList("notScreened")).isEmpty();
    JsonPath secondOnlyThen = screen(SECOND_ONLY, betweenVersions);
    assertThat(hits(secondOnlyThen)).doesNotContain(SOURCE + ":A-3");
    assertThat(version(secondOnlyThen)).isEqualTo(first);
    // The day of asOf is the transaction date unless one is given.
    assertThat(then.getString("transactionDate"))
        .isEqualTo(betweenVersions.atZone(java.time.ZoneOffset.UTC).toLocalDate().toString());

    // As of now: the second version again, from the live index.
    JsonPath later = screen(SECOND_ONLY, Instant.now());
    assertThat(hits(later)).contains(SOURCE + ":A-3");
    assertThat(version(later)).isEqualTo(second);

    // Before the source's first version: not screened, and said so, rather than guessed.
    JsonPath before = screen(BOTH, beforeAny);
    assertThat(hits(before)).doesNotContain(SOURCE + ":A-2");
    assertThat(before.getList("listVersions.source", String.class)).doesNotContain(SOURCE);
    assertThat(before.getString("notScreened.find { it.source == '" + SOURCE + "' }.reason"))
        .startsWith("No version of " + SOURCE + " was stored at " + beforeAny);
    assertThat(before.getString("reason")).contains("No version of " + SOURCE);
    // The bundled lists were there: they were screened as then.
    assertThat(before.getList("listVersions.source", String.class)).contains("us-ofac-cons");
  }

  @Test
  void beforeEveryStoredVersionIsRefused() {
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("name", "SenseTime", "asOf", "2001-01-01T00:00:00Z"))
        .when()
        .post("/api/v1/screen")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("before the first stored list version"));
  }

  @Test
  void inTheFutureIsRefused() {
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("name", "SenseTime", "asOf", "2999-01-01T00:00:00+01:00"))
        .when()
        .post("/api/v1/screen")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("in the future"));
  }
}
