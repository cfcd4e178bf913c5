package io.sanctionscreen.testsupport;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads /q/metrics as a monitoring system does: as the monitor user, in the Prometheus format. */
public final class Metrics {

  private Metrics() {}

  /** One sample of the scrape: metric name, labels, value. */
  public record Sample(String name, Map<String, String> labels, double value) {}

  /** Reads /q/metrics as the monitoring user and parses the Prometheus text format. */
  public static List<Sample> scrape() {
    String text =
        given()
            .auth()
            .preemptive()
            .basic("test-monitor", "test-monitor-secret")
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
  public static double value(List<Sample> samples, String name, Map<String, String> labels) {
    List<Sample> found =
        samples.stream()
            .filter(s -> s.name().equals(name))
            .filter(s -> s.labels().entrySet().containsAll(labels.entrySet()))
            .toList();
    assertThat(found).as("samples of %s%s", name, labels).hasSize(1);
    return found.get(0).value();
  }
}
