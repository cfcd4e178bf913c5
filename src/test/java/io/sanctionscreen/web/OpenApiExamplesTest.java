package io.sanctionscreen.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.sanctionscreen.screening.Examples;
import io.sanctionscreen.testsupport.OpenApiExamples;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The API description tells the truth: each error status an operation documents shows the service's
 * real answer of that status, the screening example is a real answer, and the two ways to
 * authenticate are described. The real answers are made here (429 in AccessControlTest and 503 in
 * AuditTrailTest, which make those situations anyway).
 */
@QuarkusTest
class OpenApiExamplesTest {

  private Map<String, Object> spec;

  @BeforeEach
  void readSpec() {
    spec =
        given()
            .auth()
            .none()
            .when()
            .get("/q/openapi?format=json")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getMap("");
  }

  /** Every example of a problem in the description: "METHOD path status" to the example. */
  @SuppressWarnings("unchecked")
  private Map<String, Map<String, Object>> documentedProblems() {
    Map<String, Map<String, Object>> found = new HashMap<>();
    Map<String, Object> paths = (Map<String, Object>) spec.get("paths");
    paths.forEach(
        (path, item) ->
            ((Map<String, Object>) item)
                .forEach(
                    (method, op) -> {
                      if (!(op instanceof Map<?, ?> o) || o.get("responses") == null) {
                        return;
                      }
                      ((Map<String, Object>) o.get("responses"))
                          .forEach(
                              (status, response) -> {
                                Map<String, Object> content =
                                    (Map<String, Object>)
                                        ((Map<String, Object>) response).get("content");
                                if (content == null || !content.containsKey(Problem.MEDIA_TYPE)) {
                                  return;
                                }
                                Map<String, Object> media =
                                    (Map<String, Object>) content.get(Problem.MEDIA_TYPE);
                                Map<String, Object> examples =
                                    (Map<String, Object>) media.get("examples");
                                if (examples == null) {
                                  return;
                                }
                                examples.values().stream()
                                    .map(
                                        e ->
                                            (Map<String, Object>)
                                                ((Map<String, Object>) e).get("value"))
                                    .forEach(v -> found.put(method + " " + path + " " + status, v));
                              });
                    }));
    return found;
  }

  /** The real answer of each status that this test can provoke without disturbing the others. */
  private static Map<Integer, Response> realProblems() {
    Map<Integer, Response> real = new HashMap<>();
    real.put(
        400, given().contentType(ContentType.JSON).body("{\"name\":\"\"}").post("/api/v1/screen"));
    real.put(
        401,
        given()
            .auth()
            .none()
            .contentType(ContentType.JSON)
            .body(Examples.SCREEN_REQUEST)
            .post("/api/v1/screen"));
    real.put(
        403,
        given()
            .auth()
            .preemptive()
            .basic("test-screener", "test-screener-secret")
            .contentType("application/xml")
            .body("<x/>")
            .post("/api/v1/lists/un-sc/import"));
    real.put(404, given().get("/api/v1/entities/us-ofac-sdn:99999999"));
    real.put(409, given().post("/api/v1/lists/custom-deals/refresh"));
    byte[] big = new byte[11 * 1024 * 1024];
    Arrays.fill(big, (byte) 'a');
    real.put(413, given().contentType(ContentType.JSON).body(big).post("/api/v1/screen"));
    real.put(
        415,
        given()
            .contentType("text/plain; charset=UTF-8")
            .body("SenseTime".getBytes(StandardCharsets.UTF_8))
            .post("/api/v1/screen"));
    real.put(
        422,
        given().contentType("application/xml").body("<x/>").post("/api/v1/lists/un-sc/import"));
    return real;
  }

  @Test
  void everyDocumentedProblemIsTheRealAnswerOfItsStatus() {
    Map<String, Map<String, Object>> documented = documentedProblems();
    Map<Integer, Response> real = realProblems();
    real.forEach(
        (status, response) -> assertThat(response.statusCode()).as("provoked").isEqualTo(status));
    List<String> unchecked = new ArrayList<>();
    TreeSet<Integer> statuses = new TreeSet<>();
    documented.forEach(
        (where, example) -> {
          int status = ((Number) example.get("status")).intValue();
          assertThat(where).endsWith(" " + status);
          statuses.add(status);
          Response r = real.get(status);
          if (r == null) {
            unchecked.add(where);
          } else {
            OpenApiExamples.assertLike(example, r.jsonPath().getMap(""));
          }
        });
    // Every error status of the API has its own example.
    assertThat(statuses).containsAll(List.of(400, 401, 403, 404, 409, 413, 415, 422, 429, 503));
    // 429 and 503 are compared where they are provoked (AccessControlTest, AuditTrailTest).
    assertThat(unchecked).allMatch(w -> w.endsWith(" 429") || w.endsWith(" 503"), "compared");
  }

  @Test
  @SuppressWarnings("unchecked")
  void theScreeningExampleIsARealAnswer() {
    Map<String, Object> documented =
        (Map<String, Object>)
            ((Map<String, Object>) OpenApiExamples.file().get("responses"))
                .get("POST /api/v1/screen 200");
    Map<String, Object> real =
        given()
            .contentType(ContentType.JSON)
            .body(Examples.SCREEN_REQUEST)
            .post("/api/v1/screen")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getMap("");
    assertSameShape("", documented, real);
    for (String field : List.of("outcome", "reference", "purpose", "query", "threshold")) {
      assertThat(json(documented.get(field))).as(field).isEqualTo(json(real.get(field)));
    }
    List<Map<String, Object>> dh = (List<Map<String, Object>>) documented.get("hits");
    List<Map<String, Object>> rh = (List<Map<String, Object>>) real.get("hits");
    assertThat(dh.stream().map(h -> h.get("entityId")).toList())
        .isEqualTo(rh.stream().map(h -> h.get("entityId")).toList());
    assertThat(dh.get(0).get("type")).isEqualTo("organization").isEqualTo(rh.get(0).get("type"));
    assertThat(json(dh.get(0).get("score"))).isEqualTo(json(rh.get(0).get("score")));
  }

  /** A JSON value as written: RestAssured reads 0.82 as a float, the examples file as a double. */
  private static Object json(Object value) {
    return value instanceof Number n ? new java.math.BigDecimal(n.toString()) : value;
  }

  /** The same fields at every level (the first element of each list stands for the others). */
  @SuppressWarnings("unchecked")
  private static void assertSameShape(String at, Object documented, Object real) {
    if (documented instanceof Map<?, ?> d && real instanceof Map<?, ?> r) {
      assertThat(new TreeSet<>((java.util.Set<String>) d.keySet()))
          .as("fields at %s", at.isEmpty() ? "the top" : at)
          .isEqualTo(new TreeSet<>((java.util.Set<String>) r.keySet()));
      for (Object k : d.keySet()) {
        assertSameShape(at + "." + k, d.get(k), r.get(k));
      }
    } else if (documented instanceof List<?> d && real instanceof List<?> r) {
      if (!d.isEmpty() && !r.isEmpty()) {
        assertSameShape(at + "[0]", d.get(0), r.get(0));
      }
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void twoWaysToAuthenticateEachDescribed() {
    Map<String, Object> schemes =
        (Map<String, Object>) ((Map<String, Object>) spec.get("components")).get("securitySchemes");
    assertThat(schemes.keySet()).containsExactlyInAnyOrder("basic", "bearer");
    schemes
        .values()
        .forEach(
            s -> assertThat((String) ((Map<String, Object>) s).get("description")).isNotBlank());
  }
}
