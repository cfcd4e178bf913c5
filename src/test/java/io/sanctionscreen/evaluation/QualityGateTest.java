package io.sanctionscreen.evaluation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * The standing quality gate: screens a fixed sample of both development sets (every ninth or tenth
 * positive and every twentieth or so negative of {@code ../shared/eval/dev.csv} and {@code
 * dev-hard.csv}, in {@code src/test/resources/eval/gate-*.csv}) through the evaluation endpoint on
 * the bundled lists, and fails when recall at the service's outcome or the false-alert rate is
 * worse than the figures the README states for the samples (section "Evaluation"), or when a
 * negative person with a date of birth reaches the block threshold.
 */
@QuarkusTest
class QualityGateTest {

  /** README, "Evaluation", quality gate: dev.csv sample, recall and false-alert rate. */
  static final double DEV_RECALL = 0.9935;

  static final double DEV_FALSE_ALERTS = 0.0067;

  /** README, "Evaluation", quality gate: dev-hard.csv sample. */
  static final double HARD_RECALL = 0.962;

  static final double HARD_FALSE_ALERTS = 0.0197;

  @Test
  void devSample() throws IOException {
    JsonPath r = evaluate("/eval/gate-dev.csv");
    assertThat(r.getDouble("overall.recall")).isGreaterThanOrEqualTo(DEV_RECALL);
    assertThat(r.getDouble("overall.falseAlertRate")).isLessThanOrEqualTo(DEV_FALSE_ALERTS);
  }

  @Test
  void hardSample() throws IOException {
    JsonPath r = evaluate("/eval/gate-dev-hard.csv");
    assertThat(r.getDouble("overall.recall")).isGreaterThanOrEqualTo(HARD_RECALL);
    assertThat(r.getDouble("overall.falseAlertRate")).isLessThanOrEqualTo(HARD_FALSE_ALERTS);
    // Every negative person of dev-hard has a date of birth: none may reach the block threshold.
    assertThat(r.getInt("byTreatment.negative_person_locale.blocks")).isZero();
  }

  private static JsonPath evaluate(String resource) throws IOException {
    byte[] csv;
    try (InputStream in = QualityGateTest.class.getResourceAsStream(resource)) {
      csv = in.readAllBytes();
    }
    return given()
        .contentType("text/csv; charset=UTF-8")
        .body(csv)
        .when()
        .post("/api/v1/evaluations")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }
}
