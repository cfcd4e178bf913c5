package io.sanctionscreen.lists;

import static io.restassured.RestAssured.given;
import static io.sanctionscreen.testsupport.Metrics.scrape;
import static io.sanctionscreen.testsupport.Metrics.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.sanctionscreen.testsupport.Metrics.Sample;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The lists' meters as Prometheus serves them: list age and staleness that agree with the API, and
 * import results by source, trigger and result.
 */
@QuarkusTest
class ListMetricsTest {

  @Test
  void listGaugesAgreeWithTheApi() {
    List<Sample> samples = scrape();
    Map<String, String> cons = Map.of("source", "us-ofac-cons");
    List<Map<String, Object>> lists =
        given().when().get("/api/v1/lists").then().statusCode(200).extract().jsonPath().getList("");
    Map<String, Object> info =
        lists.stream()
            .filter(l -> "us-ofac-cons".equals(l.get("source")))
            .findFirst()
            .orElseThrow();
    assertThat(value(samples, "screening_list_stale", cons))
        .isEqualTo(Boolean.TRUE.equals(info.get("stale")) ? 1 : 0);
    double ageDays = value(samples, "screening_list_age_seconds", cons) / 86_400;
    assertThat(ageDays).isCloseTo(((Number) info.get("ageDays")).doubleValue(), within(1.0));
    assertThat(value(samples, "screening_list_max_age_seconds", Map.of())).isPositive();
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
    upload("not a list".getBytes(StandardCharsets.UTF_8)).statusCode(422);

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

  private static ValidatableResponse upload(byte[] body) {
    return given()
        .contentType(ContentType.BINARY)
        .body(body)
        .when()
        .post("/api/v1/lists/{source}/import", "un-sc")
        .then();
  }

  private static byte[] bundledUn() {
    String path = "lists/un-sc/consolidated_2026-02-27.xml.gz";
    try (InputStream in = ListMetricsTest.class.getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
