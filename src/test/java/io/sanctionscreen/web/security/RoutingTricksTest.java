package io.sanctionscreen.web.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.sanctionscreen.testsupport.RawHttp;
import io.sanctionscreen.web.Problem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Paths written another way reach the same resources and so meet the same access control and rate
 * limit ({@code //api/...}, {@code /q/../api/...}); guessing passwords from one address slows down;
 * metrics answer like the API. Each test sends from a loopback address of its own (127.0.0.x), so
 * that the per-address limits of one test never reach another.
 */
@QuarkusTest
class RoutingTricksTest {

  private static final String JSON = "application/json";

  private static int port() {
    return RestAssured.port;
  }

  private static List<RawHttp.Reply> repeat(String from, String request, int times) {
    return RawHttp.send(from, port(), Collections.nCopies(times, request));
  }

  private static void assertRateLimited(List<RawHttp.Reply> replies) {
    RawHttp.Reply limited =
        replies.stream()
            .filter(r -> r.status() == 429)
            .findFirst()
            .orElseThrow(() -> new AssertionError("no 429 in " + replies.size() + " requests"));
    assertThat(limited.header("content-type")).isEqualTo(Problem.MEDIA_TYPE);
    assertThat(limited.header("retry-after")).isEqualTo("1");
    assertThat(JsonPath.from(limited.body()).getString("type"))
        .isEqualTo(Problem.TYPE_BASE + "rate-limited");
  }

  @Test
  void aDoubleSlashMeetsAccessControl() {
    RawHttp.Reply anonymous =
        RawHttp.send(
            "127.0.0.1", port(), RawHttp.request("GET", "//api/v1/screenings", Map.of(), null));
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.header("content-type")).isEqualTo(Problem.MEDIA_TYPE);

    String screen = "{\"name\": \"SenseTime Group Ltd\"}";
    RawHttp.Reply monitor =
        RawHttp.send(
            "127.0.0.1",
            port(),
            RawHttp.request(
                "POST",
                "//api/v1/screen",
                Map.of(
                    "Content-Type",
                    JSON,
                    "Authorization",
                    RawHttp.basic("test-monitor", "test-monitor-secret")),
                screen));
    assertThat(monitor.status()).isEqualTo(403);
    RawHttp.Reply nobody =
        RawHttp.send(
            "127.0.0.1",
            port(),
            RawHttp.request("POST", "//api/v1/screen", Map.of("Content-Type", JSON), screen));
    assertThat(nobody.status()).isEqualTo(401);
  }

  @Test
  void dotSegmentsMeetAccessControl() {
    for (String path :
        new String[] {"/q/../api/v1/lists", "/q/health/../../api/v1/lists", "/api/./v1//lists"}) {
      RawHttp.Reply r =
          RawHttp.send("127.0.0.1", port(), RawHttp.request("GET", path, Map.of(), null));
      assertThat(r.status()).as(path).isEqualTo(401);
    }
  }

  @Test
  void aDoubleSlashMeetsTheRateLimit() {
    assertRateLimited(
        repeat("127.0.0.3", RawHttp.request("GET", "//api/v1/screenings", Map.of(), null), 400));
  }

  @Test
  void dotSegmentsMeetTheRateLimit() {
    assertRateLimited(
        repeat("127.0.0.4", RawHttp.request("GET", "/q/../api/v1/lists", Map.of(), null), 400));
  }

  @Test
  void aScreeningByADoubleSlashMeetsTheRateLimit() {
    assertRateLimited(
        repeat(
            "127.0.0.5",
            RawHttp.request(
                "POST",
                "//api/v1/screen",
                Map.of("Content-Type", JSON),
                "{\"name\": \"SenseTime Group Ltd\"}"),
            400));
  }

  @Test
  void healthProbesAreNotLimited() {
    List<RawHttp.Reply> replies =
        repeat("127.0.0.6", RawHttp.request("GET", "/q/health/live", Map.of(), null), 400);
    assertThat(replies).extracting(RawHttp.Reply::status).containsOnly(200);
  }

  @Test
  void repeatedWrongPasswordsSlowTheAddressDown() {
    double failuresBefore = meter("screening_auth_failures_total");
    double lockedBefore = meter("screening_requests_throttled_total{reason=\"auth-failures\"}");
    String wrong = RawHttp.basic("test-officer", "guess");
    String right = RawHttp.basic("test-officer", "test-officer-secret");
    List<String> requests = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      requests.add(RawHttp.request("GET", "/api/v1/lists", Map.of("Authorization", wrong), null));
    }
    requests.add(RawHttp.request("GET", "/api/v1/lists", Map.of("Authorization", wrong), null));
    requests.add(RawHttp.request("GET", "/api/v1/lists", Map.of("Authorization", right), null));

    List<RawHttp.Reply> replies = RawHttp.send("127.0.0.2", port(), requests);

    assertThat(replies.subList(0, 10)).extracting(RawHttp.Reply::status).containsOnly(401);
    // The address is now refused, even with the right secret, until failures age out.
    for (RawHttp.Reply r : replies.subList(10, 12)) {
      assertThat(r.status()).isEqualTo(429);
      assertThat(r.header("content-type")).isEqualTo(Problem.MEDIA_TYPE);
      assertThat(Integer.parseInt(r.header("retry-after"))).isBetween(1, 70);
      assertThat(JsonPath.from(r.body()).getString("type"))
          .isEqualTo(Problem.TYPE_BASE + "too-many-authentication-failures");
    }
    // Another address is not affected.
    given()
        .auth()
        .preemptive()
        .basic("test-officer", "test-officer-secret")
        .when()
        .get("/api/v1/lists")
        .then()
        .statusCode(200);
    assertThat(meter("screening_auth_failures_total")).isGreaterThanOrEqualTo(failuresBefore + 10);
    assertThat(meter("screening_requests_throttled_total{reason=\"auth-failures\"}"))
        .isGreaterThanOrEqualTo(lockedBefore + 2);
  }

  @Test
  void metricsWithoutCredentialsAnswerLikeTheApi() {
    given()
        .auth()
        .none()
        .when()
        .get("/q/metrics")
        .then()
        .statusCode(401)
        .contentType(Problem.MEDIA_TYPE)
        .header("WWW-Authenticate", "Basic realm=\"sanctions-screening\", charset=\"UTF-8\"")
        .body("type", equalTo(Problem.TYPE_BASE + "unauthorized"))
        .body("status", equalTo(401))
        .body("detail", equalTo("Credentials are missing or not valid."));
    given()
        .auth()
        .preemptive()
        .basic("test-screener", "test-screener-secret")
        .when()
        .get("/q/metrics")
        .then()
        .statusCode(403)
        .contentType(Problem.MEDIA_TYPE)
        .body("type", equalTo(Problem.TYPE_BASE + "forbidden"));
    for (String path : new String[] {"//q/metrics", "/q/health/../metrics"}) {
      RawHttp.Reply r =
          RawHttp.send("127.0.0.1", port(), RawHttp.request("GET", path, Map.of(), null));
      assertThat(r.status()).as(path).isEqualTo(401);
      assertThat(r.header("content-type")).as(path).isEqualTo(Problem.MEDIA_TYPE);
    }
  }

  /** A meter's value from the Prometheus text. */
  static double meter(String name) {
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
    for (String line : text.split("\n")) {
      if (line.startsWith(name + " ") || line.startsWith(name.replace("}", ","))) {
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
      }
    }
    return 0;
  }
}
