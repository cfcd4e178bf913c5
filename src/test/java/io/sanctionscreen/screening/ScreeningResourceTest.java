package io.sanctionscreen.screening;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class ScreeningResourceTest {

  /** The default review threshold (ScreeningConfig). */
  private static final double REVIEW_THRESHOLD = 0.82;

  private static JsonPath screen(Map<String, Object> body) {
    return given()
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/v1/screen")
        .then()
        .statusCode(200)
        .contentType(ContentType.JSON)
        .extract()
        .jsonPath();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SenseTime Group Ltd",
        "SENSETIME GROUP LIMITED",
        "Sense Time Group Limited",
        "sensetime group"
      })
  void senseTimeIsTheTopHit(String name) {
    JsonPath r = screen(Map.of("name", name));
    assertThat(r.getString("hits[0].entityId")).isEqualTo("us-ofac-cons:33114");
    assertThat(r.getString("hits[0].source")).isEqualTo("us-ofac-cons");
    assertThat(r.getString("hits[0].name")).isEqualTo("SENSETIME GROUP LIMITED");
    assertThat(r.getList("hits[0].programs", String.class)).containsExactly("CMIC-EO13959");
    assertThat(r.getString("hits[0].type")).isEqualTo("organization");
    assertThat(r.getDouble("hits[0].score")).isGreaterThan(REVIEW_THRESHOLD);
    // No purpose given: every measure counts, and SDN-style blocking is not in play, so the
    // NS-CMIC securities ban makes a strong hit a BLOCK.
    assertThat(r.getString("outcome")).isIn("BLOCK", "REVIEW");
    assertThat(r.getString("screeningId")).matches("[0-9a-f-]{36}");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Acme Widgets Inc", "Tesla, Inc.", "Deutsche Bank AG"})
  void innocentCompaniesAreClear(String name) {
    JsonPath r = screen(Map.of("name", name));
    assertThat(r.getString("outcome")).isEqualTo("CLEAR");
    assertThat(r.getList("hits")).isEmpty();
  }

  @Test
  void exactNameIsAMatchWithAnExplanation() {
    JsonPath r = screen(Map.of("name", "SENSETIME GROUP LIMITED", "reference", "ref-1"));
    assertThat(r.getString("outcome")).isEqualTo("BLOCK");
    assertThat(r.getString("reference")).isEqualTo("ref-1");
    assertThat(r.getString("query")).isEqualTo("sensetime group ltd");
    assertThat(r.getDouble("hits[0].score")).isEqualTo(1.0);
    assertThat(r.getString("hits[0].matchedName")).isEqualTo("SENSETIME GROUP LIMITED");
    assertThat(r.getList("hits[0].explanation.tokens.query", String.class))
        .containsExactly("sensetime", "group", "ltd");
    List<Map<String, Object>> versions = r.getList("listVersions");
    assertThat(versions).extracting(v -> v.get("source")).contains("us-ofac-sdn", "us-ofac-cons");
  }

  @Test
  void screeningIsRecorded() {
    JsonPath r = screen(Map.of("name", "Sense Time Group Limited", "reference", "audit-check"));
    String id = r.getString("screeningId");
    given()
        .when()
        .get("/api/v1/screenings/" + id)
        .then()
        .statusCode(200)
        .body("screeningId", equalTo(id))
        .body("reference", equalTo("audit-check"))
        .body("outcome", equalTo(r.getString("outcome")))
        .body("request.name", equalTo("Sense Time Group Limited"))
        .body("result.hits", hasSize(r.getList("hits").size()))
        .body("result.hits[0].entityId", equalTo("us-ofac-cons:33114"));
  }
}
