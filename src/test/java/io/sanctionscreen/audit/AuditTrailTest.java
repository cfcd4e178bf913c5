package io.sanctionscreen.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.sanctionscreen.testsupport.Metrics;
import io.sanctionscreen.testsupport.OpenApiExamples;
import io.sanctionscreen.web.Problem;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Every screening leaves a record; without one there is no answer. */
@QuarkusTest
class AuditTrailTest {

  @Inject AgroalDataSource dataSource;

  private static JsonPath screen(Map<String, Object> body) {
    return given()
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/v1/screen")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void recordHoldsRequestVersionsHitsAndOutcome() {
    String ref = "audit-" + UUID.randomUUID();
    JsonPath r =
        screen(Map.of("name", "SenseTime Group Ltd", "purpose", "INVESTMENT", "reference", ref));
    JsonPath record =
        given()
            .when()
            .get("/api/v1/screenings/" + r.getString("screeningId"))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(record.getString("screeningId")).isEqualTo(r.getString("screeningId"));
    assertThat(record.getString("channel")).isEqualTo("API");
    assertThat(record.getString("caller")).isNotBlank();
    assertThat(record.getString("outcome")).isEqualTo("BLOCK");
    assertThat(record.getDouble("topScore")).isEqualTo(1.0);
    assertThat(record.getString("request.name")).isEqualTo("SenseTime Group Ltd");
    assertThat(record.getString("request.purpose")).isEqualTo("INVESTMENT");
    assertThat(record.getString("result.query")).isEqualTo("sensetime group ltd");
    assertThat(record.getString("result.reason")).isEqualTo(r.getString("reason"));
    assertThat(record.getList("result.listVersions")).isEqualTo(r.getList("listVersions"));
    assertThat(record.getString("result.hits[0].explanation.summary"))
        .isEqualTo(r.getString("hits[0].explanation.summary"));
    assertThat(record.getString("result.measuresVersion")).isEqualTo("2026-12-02.1");
  }

  @Test
  void searchByReferenceAndOutcome() {
    String ref = "search-" + UUID.randomUUID();
    screen(Map.of("name", "SenseTime Group Ltd", "purpose", "INVESTMENT", "reference", ref));
    screen(Map.of("name", "Acme Widgets Inc", "purpose", "INVESTMENT", "reference", ref));
    given()
        .queryParam("reference", ref)
        .when()
        .get("/api/v1/screenings")
        .then()
        .statusCode(200)
        .body("total", equalTo(2))
        .body("items.size()", equalTo(2))
        .body("items[0].name", equalTo("Acme Widgets Inc"))
        .body("items[0].outcome", equalTo("CLEAR"))
        .body("items[1].outcome", equalTo("BLOCK"));
    given()
        .queryParam("reference", ref)
        .queryParam("outcome", "BLOCK")
        .when()
        .get("/api/v1/screenings")
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].name", equalTo("SenseTime Group Ltd"));
    given()
        .queryParam("reference", ref)
        .queryParam("from", "2999-01-01T00:00:00Z")
        .when()
        .get("/api/v1/screenings")
        .then()
        .statusCode(200)
        .body("total", equalTo(0));
  }

  @Test
  void badSearchCriteriaAre400() {
    given()
        .queryParam("from", "yesterday")
        .when()
        .get("/api/v1/screenings")
        .then()
        .statusCode(400)
        .contentType(Problem.MEDIA_TYPE)
        .body("errors[0].field", equalTo("from"));
    given()
        .queryParam("outcome", "MAYBE")
        .when()
        .get("/api/v1/screenings")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("outcome"));
    given()
        .queryParam("limit", 501)
        .when()
        .get("/api/v1/screenings")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("limit"));
  }

  @Test
  void unknownRecordIs404AndMalformedIdIs400() {
    given()
        .when()
        .get("/api/v1/screenings/" + UUID.randomUUID())
        .then()
        .statusCode(404)
        .contentType(Problem.MEDIA_TYPE);
    given().when().get("/api/v1/screenings/not-a-uuid").then().statusCode(400);
  }

  @Test
  void noRecordNoAnswer() throws Exception {
    String ref = "fail-closed-" + UUID.randomUUID();
    double failuresBefore = apiAuditFailures();
    // Make the audit table unwritable with the real database, screen, then restore it.
    execute("alter table screening_record rename to screening_record_away");
    try {
      Response refused =
          given()
              .contentType(ContentType.JSON)
              .body(Map.of("name", "SenseTime Group Ltd", "reference", ref))
              .when()
              .post("/api/v1/screen");
      OpenApiExamples.assertDocumented(refused);
      refused
          .then()
          .statusCode(503)
          .contentType(Problem.MEDIA_TYPE)
          .header("Retry-After", "5")
          .body("title", equalTo("Storage unavailable"))
          .body(
              "detail",
              equalTo("The database cannot be reached; nothing was recorded. Retry later."));
    } finally {
      execute("alter table screening_record_away rename to screening_record");
    }
    given()
        .queryParam("reference", ref)
        .when()
        .get("/api/v1/screenings")
        .then()
        .statusCode(200)
        .body("total", equalTo(0));
    assertThat(apiAuditFailures()).isEqualTo(failuresBefore + 1);
    // And screening works again once the table is back.
    screen(Map.of("name", "SenseTime Group Ltd", "reference", ref));
  }

  /**
   * Concurrent screenings share commits (group commit), and still every answer has its own record:
   * as many records as 200 answers, each with the answer's screening id.
   */
  @Test
  void concurrentScreeningsEachHaveTheirRecord() throws Exception {
    String ref = "concurrent-" + UUID.randomUUID();
    int screenings = 64;
    List<String> names =
        List.of("SenseTime Group Ltd", "Acme Widgets Inc", "Rapid Action Battalion");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> ids = new ArrayList<>();
      for (int i = 0; i < screenings; i++) {
        String name = names.get(i % names.size());
        ids.add(
            pool.submit(
                () -> screen(Map.of("name", name, "reference", ref)).getString("screeningId")));
      }
      Set<String> answered = new HashSet<>();
      for (Future<String> id : ids) {
        answered.add(id.get(60, TimeUnit.SECONDS));
      }
      assertThat(answered).hasSize(screenings);
      JsonPath found =
          given()
              .queryParam("reference", ref)
              .queryParam("limit", 100)
              .when()
              .get("/api/v1/screenings")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      assertThat(found.getInt("total")).isEqualTo(screenings);
      assertThat(found.getList("items.screeningId", String.class))
          .containsExactlyInAnyOrderElementsOf(answered);
    } finally {
      pool.shutdownNow();
    }
  }

  /** The count of single screenings refused for want of their record, from /q/metrics. */
  private static double apiAuditFailures() {
    return Metrics.value(
        Metrics.scrape(), "screening_audit_failures_total", Map.of("channel", "api"));
  }

  private void execute(String sql) throws Exception {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
