package io.sanctionscreen.screening;

import static io.restassured.RestAssured.given;
import static io.sanctionscreen.testsupport.Metrics.scrape;
import static io.sanctionscreen.testsupport.Metrics.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.sanctionscreen.testsupport.Metrics.Sample;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Screening's meters as Prometheus serves them: screenings counted by outcome and purpose, latency
 * buckets, hits; and the endpoint open to the monitor role only.
 */
@QuarkusTest
class ScreeningMetricsTest {

  private static void screen(String name, String purpose, String expectedOutcome) {
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("name", name, "purpose", purpose))
        .when()
        .post("/api/v1/screen")
        .then()
        .statusCode(200)
        .body("outcome", equalTo(expectedOutcome));
  }

  private static Map<String, String> screenings(String outcome, String purpose) {
    return Map.of("channel", "api", "outcome", outcome, "purpose", purpose);
  }

  @Test
  void screeningsAreCountedByOutcomeAndPurposeAndTimed() {
    List<Sample> before = scrape();
    double blocked = value(before, "screening_screenings_total", screenings("block", "investment"));
    double cleared = value(before, "screening_screenings_total", screenings("clear", "investment"));
    double reviewed =
        value(before, "screening_screenings_total", screenings("review", "investment"));
    double timed = value(before, "screening_duration_seconds_count", Map.of("channel", "api"));

    screen("SenseTime Group Ltd", "INVESTMENT", "BLOCK");
    screen("SenseTime Group Ltd", "INVESTMENT", "BLOCK");
    screen("Acme Widgets Inc", "INVESTMENT", "CLEAR");

    List<Sample> after = scrape();
    assertThat(value(after, "screening_screenings_total", screenings("block", "investment")))
        .isEqualTo(blocked + 2);
    assertThat(value(after, "screening_screenings_total", screenings("clear", "investment")))
        .isEqualTo(cleared + 1);
    assertThat(value(after, "screening_screenings_total", screenings("review", "investment")))
        .isEqualTo(reviewed);
    assertThat(value(after, "screening_duration_seconds_count", Map.of("channel", "api")))
        .isEqualTo(timed + 3);
    // The percentile histogram, with the SLO buckets among its boundaries.
    List<String> bounds =
        after.stream()
            .filter(s -> s.name().equals("screening_duration_seconds_bucket"))
            .filter(s -> "api".equals(s.labels().get("channel")))
            .map(s -> s.labels().get("le"))
            .toList();
    assertThat(bounds)
        .contains("0.005", "0.05", "0.1", "0.5", "1.0", "+Inf")
        .hasSizeGreaterThan(20);
    assertThat(
            value(
                after, "screening_duration_seconds_bucket", Map.of("channel", "api", "le", "+Inf")))
        .isEqualTo(timed + 3);
    // The two SenseTime screenings hit at least once each, Acme not at all.
    assertThat(value(after, "screening_hits_count", Map.of("channel", "api")))
        .isEqualTo(value(before, "screening_hits_count", Map.of("channel", "api")) + 3);
    assertThat(value(after, "screening_hits_sum", Map.of("channel", "api")))
        .isGreaterThanOrEqualTo(value(before, "screening_hits_sum", Map.of("channel", "api")) + 2);
  }

  @Test
  void metricsNeedTheMonitorRole() {
    given().auth().none().when().get("/q/metrics").then().statusCode(401);
    given()
        .auth()
        .preemptive()
        .basic("test-screener", "test-screener-secret")
        .when()
        .get("/q/metrics")
        .then()
        .statusCode(403);
  }
}
