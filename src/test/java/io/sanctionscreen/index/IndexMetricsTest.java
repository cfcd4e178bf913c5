package io.sanctionscreen.index;

import static io.restassured.RestAssured.given;
import static io.sanctionscreen.testsupport.Metrics.scrape;
import static io.sanctionscreen.testsupport.Metrics.value;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.sanctionscreen.testsupport.Metrics.Sample;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The index's meters as Prometheus serves them: per source the version this replica serves and its
 * entries, agreeing with the API, and the current generation's size, age and builds.
 */
@QuarkusTest
class IndexMetricsTest {

  @Test
  void indexGaugesAgreeWithTheApi() {
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

    assertThat(value(samples, "screening_index_entries", Map.of())).isPositive();
    assertThat(value(samples, "screening_index_names", Map.of()))
        .isGreaterThanOrEqualTo(value(samples, "screening_index_entries", Map.of()));
    assertThat(value(samples, "screening_index_build_seconds_count", Map.of()))
        .isGreaterThanOrEqualTo(1);
    assertThat(value(samples, "screening_index_last_build_seconds", Map.of())).isPositive();
    assertThat(value(samples, "screening_index_age_seconds", Map.of())).isNotNegative();
  }
}
