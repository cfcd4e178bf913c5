package io.sanctionscreen.observability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Prometheus endpoint, read as a monitoring system reads it: screenings counted by outcome and
 * purpose, latency buckets, list and index gauges that agree with the API, import results, and
 * access for the monitor role only.
 */
@QuarkusTest
class MetricsTest {

  private static final String MONITOR = "test-monitor";
  private static final String MONITOR_SECRET = "test-monitor-secret";

  /** One sample of the scrape: metric name, labels, value. */
  record Sample(String name, Map<String, String> labels, double value) {}

  /** Reads /q/metrics as the monitoring user and parses the Prometheus text format. */
  private static List<Sample> scrape() {
    String text =
        given()
            .auth()
            .preemptive()
            .basic(MONITOR, MONITOR_SECRET)
            .when()
            .get("/q/metrics")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    List<Sample> samples = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int brace = line.indexOf('{');
      int space = line.lastIndexOf(' ');
      Map<String, String> labels = new LinkedHashMap<>();
      String name;
      if (brace >= 0 && brace < space) {
        name = line.substring(0, brace);
        String inner = line.substring(brace + 1, line.lastIndexOf('}'));
        // Label values here never hold quotes or commas: enumerations, source ids, numbers.
        for (String pair : inner.split(",")) {
          if (pair.isBlank()) {
            continue;
          }
          int eq = pair.indexOf('=');
          labels.put(pair.substring(0, eq), pair.substring(eq + 2, pair.length() - 1));
        }
      } else {
        name = line.substring(0, space);
      }
      samples.add(new Sample(name, labels, Double.parseDouble(line.substring(space + 1))));
    }
    return samples;
  }

  /** The value of the one sample with this name and (at least) these labels. */
  private static double value(List<Sample> samples, String name, Map<String, String> labels) {
    List<Sample> found =
        samples.stream()
            .filter(s -> s.name().equals(name))
            .filter(s -> s.labels().entrySet().containsAll(labels.entrySet()))
            .toList();
    assertThat(found).as("samples of %s%s", name, labels).hasSize(1);
    return found.get(0).value();
  }

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
  void listAndIndexGaugesAgreeWithTheApi() {
    List<Sample> samples = scrape();
    Map<String, String> cons = Map.of("source", "us-ofac-cons");
    assertThat(value(samples, "screening_list_entries", cons)).isEqualTo(442);

    List<Map<String, Object>> lists =
        given().when().get("/api/v1/lists").then().statusCode(200).extract().jsonPath().getList("");
    Map<String, Object> info =
        lists.stream()
            .filter(l -> "us-ofac-cons".equals(l.get("source")))
            .findFirst()
            .orElseThrow();
    assertThat(value(samples, "screening_list_version", cons))
        .isEqualTo(((Number) info.get("version")).doubleValue());
    assertThat(value(samples, "screening_list_stale", cons))
        .isEqualTo(Boolean.TRUE.equals(info.get("stale")) ? 1 : 0);
    double ageDays = value(samples, "screening_list_age_seconds", cons) / 86_400;
    assertThat(ageDays).isCloseTo(((Number) info.get("ageDays")).doubleValue(), within(1.0));
    assertThat(value(samples, "screening_list_max_age_seconds", Map.of())).isPositive();

    assertThat(value(samples, "screening_index_entries", Map.of())).isPositive();
    assertThat(value(samples, "screening_index_names", Map.of()))
        .isGreaterThanOrEqualTo(value(samples, "screening_index_entries", Map.of()));
    assertThat(value(samples, "screening_index_build_seconds_count", Map.of()))
        .isGreaterThanOrEqualTo(1);
    assertThat(value(samples, "screening_index_last_build_seconds", Map.of())).isPositive();
    assertThat(value(samples, "screening_index_age_seconds", Map.of())).isNotNegative();
  }

  @Test
  void importResultsAreCountedBySourceAndResult() {
    Map<String, String> unchanged =
        Map.of("source", "un-sc", "trigger", "upload", "result", "unchanged");
    Map<String, String> rejected =
        Map.of("source", "un-sc", "trigger", "upload", "result", "rejected");
    List<Sample> before = scrape();
    double unchangedBefore = count(before, unchanged);
    double rejectedBefore = count(before, rejected);

    // The bundled UN list again: the content equals the active version's.
    upload(bundledUn()).statusCode(200).body("created", equalTo(false));
    upload("not a list".getBytes(java.nio.charset.StandardCharsets.UTF_8)).statusCode(422);

    List<Sample> after = scrape();
    assertThat(count(after, unchanged)).isEqualTo(unchangedBefore + 1);
    assertThat(count(after, rejected)).isEqualTo(rejectedBefore + 1);
    // The bundled lists were imported at start-up, and counted.
    assertThat(
            count(
                after,
                Map.of("source", "us-ofac-cons", "trigger", "bundled", "result", "imported")))
        .isEqualTo(1);
  }

  /** An import counter, 0 before its first import of that kind. */
  private static double count(List<Sample> samples, Map<String, String> labels) {
    return samples.stream()
        .filter(s -> s.name().equals("screening_list_imports_total"))
        .filter(s -> s.labels().entrySet().containsAll(labels.entrySet()))
        .mapToDouble(Sample::value)
        .sum();
  }

  private static io.restassured.response.ValidatableResponse upload(byte[] body) {
    return given()
        .contentType(ContentType.BINARY)
        .body(body)
        .when()
        .post("/api/v1/lists/{source}/import", "un-sc")
        .then();
  }

  private static byte[] bundledUn() {
    String path = "lists/un-sc/consolidated_2026-02-27.xml.gz";
    try (InputStream in = MetricsTest.class.getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
