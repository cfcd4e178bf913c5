package io.sanctionscreen.web.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.sanctionscreen.testsupport.OpenApiExamples;
import io.sanctionscreen.web.Problem;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who may do what: 401 without valid credentials, 403 without the role, open health and docs. */
@QuarkusTest
class AccessControlTest {

  @Inject AdminBootstrap bootstrap;
  @Inject CredentialStore store;

  @TempDir Path tmp;

  private static RequestSpecification as(String user) {
    return given().auth().preemptive().basic("test-" + user, "test-" + user + "-secret");
  }

  private static RequestSpecification anonymous() {
    return given().auth().none();
  }

  private static final Map<String, Object> SENSETIME = Map.of("name", "SenseTime Group Ltd");

  @Test
  void noCredentialsIs401ProblemJson() {
    anonymous()
        .contentType(ContentType.JSON)
        .body(SENSETIME)
        .when()
        .post("/api/v1/screen")
        .then()
        .statusCode(401)
        .contentType(Problem.MEDIA_TYPE)
        .header("WWW-Authenticate", "Basic realm=\"sanctions-screening\", charset=\"UTF-8\"")
        .body("title", equalTo("Unauthorized"))
        .body("detail", equalTo("Credentials are missing or not valid."));
    anonymous().when().get("/api/v1/lists").then().statusCode(401).contentType(Problem.MEDIA_TYPE);
  }

  @Test
  void wrongSecretAndUnknownUserLookTheSame() {
    String wrong =
        given()
            .auth()
            .preemptive()
            .basic("test-officer", "guess")
            .when()
            .get("/api/v1/lists")
            .then()
            .statusCode(401)
            .extract()
            .asString();
    String unknown =
        given()
            .auth()
            .preemptive()
            .basic("nobody-" + UUID.randomUUID(), "guess")
            .when()
            .get("/api/v1/lists")
            .then()
            .statusCode(401)
            .extract()
            .asString();
    assertThat(wrong).isEqualTo(unknown);
  }

  @Test
  void screenerScreensButReadsNothingElse() {
    as("screener")
        .contentType(ContentType.JSON)
        .body(SENSETIME)
        .when()
        .post("/api/v1/screen")
        .then()
        .statusCode(200);
    as("screener")
        .when()
        .get("/api/v1/entities/us-ofac-cons:33114")
        .then()
        .statusCode(403)
        .contentType(Problem.MEDIA_TYPE)
        .body("detail", equalTo("This operation needs a role the caller does not have."));
    as("screener").when().get("/api/v1/screenings").then().statusCode(403);
    as("screener").when().post("/api/v1/lists/un-sc/refresh").then().statusCode(403);
  }

  @Test
  void officerReadsAndScreensButDoesNotImport() {
    as("officer").when().get("/api/v1/lists").then().statusCode(200);
    as("officer").when().get("/api/v1/entities/us-ofac-cons:33114").then().statusCode(200);
    as("officer")
        .contentType(ContentType.JSON)
        .body(SENSETIME)
        .when()
        .post("/api/v1/screen")
        .then()
        .statusCode(200);
    as("officer")
        .contentType("application/octet-stream")
        .body(new byte[] {1, 2, 3})
        .when()
        .post("/api/v1/lists/un-sc/import")
        .then()
        .statusCode(403);
  }

  @Test
  void healthAndApiDescriptionAreOpen() {
    anonymous().when().get("/q/health/live").then().statusCode(200);
    anonymous().when().get("/q/health/ready").then().statusCode(200);
    anonymous().when().get("/q/openapi").then().statusCode(200);
    anonymous().when().get("/q/swagger-ui/").then().statusCode(200);
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyApiOperationDocumentsTheAccessAndLimitAnswers() {
    JsonPath openapi =
        anonymous()
            .when()
            .get("/q/openapi?format=json")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(openapi.getMap("components.schemas.Problem.properties"))
        .containsKeys("type", "title", "status", "detail", "instance");
    Map<String, Map<String, Map<String, Object>>> paths = openapi.getMap("paths");
    int operations = 0;
    for (var path : paths.entrySet()) {
      if (!path.getKey().startsWith("/api/")) {
        continue;
      }
      for (var operation : path.getValue().entrySet()) {
        Map<String, Object> responses = (Map<String, Object>) operation.getValue().get("responses");
        String where = operation.getKey() + " " + path.getKey();
        assertThat(responses).as(where).containsKeys("401", "403", "429");
        if (operation.getValue().containsKey("requestBody")) {
          assertThat(responses).as(where).containsKey("413");
        }
        // Every error answer is problem+json, of the one Problem schema.
        for (var response : responses.entrySet()) {
          if (response.getKey().matches("[45]\\d\\d")) {
            Map<String, Object> content =
                (Map<String, Object>) ((Map<String, Object>) response.getValue()).get("content");
            assertThat(content).as(where + " " + response.getKey()).containsKey(Problem.MEDIA_TYPE);
            assertThat(
                    ((Map<String, Object>)
                            ((Map<String, Object>) content.get(Problem.MEDIA_TYPE)).get("schema"))
                        .get("$ref"))
                .isEqualTo("#/components/schemas/Problem");
          }
        }
        operations++;
      }
    }
    assertThat(operations).isGreaterThan(10);
    // An operation's own description of one of them stays.
    assertThat(
            ((Map<String, Object>)
                    ((Map<String, Object>)
                            paths.get("/api/v1/lists/{source}/import").get("post").get("responses"))
                        .get("413"))
                .get("description"))
        .asString()
        .contains("max-file-size");
  }

  @Test
  void metricsNeedTheMonitorRole() {
    anonymous().when().get("/q/metrics").then().statusCode(401);
    as("officer").when().get("/q/metrics").then().statusCode(403);
    as("monitor").when().get("/q/metrics").then().statusCode(200);
  }

  @Test
  void theCallerIsRecorded() {
    String ref = "caller-" + UUID.randomUUID();
    String id =
        as("screener")
            .contentType(ContentType.JSON)
            .body(Map.of("name", "SenseTime Group Ltd", "reference", ref))
            .when()
            .post("/api/v1/screen")
            .then()
            .statusCode(200)
            .extract()
            .path("screeningId");
    as("officer")
        .when()
        .get("/api/v1/screenings/" + id)
        .then()
        .statusCode(200)
        .body("caller", equalTo("test-screener"));
  }

  @Test
  void aFloodingCallerIsSlowedAndOthersAreNot() {
    // The bucket refills while requests run, so the 429 is checked on the answer that was cut
    // off, not on a later request that a slow machine may let through again.
    int limited = 0;
    Response cutOff = null;
    for (int i = 0; i < 400 && cutOff == null; i++) {
      Response r = as("monitor").when().get("/api/v1/lists");
      if (r.statusCode() == 429) {
        limited = i;
        cutOff = r;
      } else {
        assertThat(r.statusCode()).isEqualTo(403);
      }
    }
    assertThat(cutOff).as("the flood is cut off").isNotNull();
    assertThat(limited).as("the flood is cut off after the burst").isGreaterThanOrEqualTo(100);
    cutOff
        .then()
        .statusCode(429)
        .contentType(Problem.MEDIA_TYPE)
        .header("Retry-After", "1")
        .body("title", equalTo("Too many requests"));
    OpenApiExamples.assertDocumented(cutOff);
    as("officer").when().get("/api/v1/lists").then().statusCode(200);
  }

  @Test
  void bootstrapWritesTheSecretOnceForTheOwnerOnly() throws Exception {
    Path file = tmp.resolve("admin-credential.txt");
    try {
      bootstrap.createAdmin(file);
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
          .isEqualTo("rw-------");
      List<String> lines = Files.readAllLines(file);
      assertThat(lines.get(0)).isEqualTo("user: admin");
      String secret = lines.get(1).substring("secret: ".length());
      assertThat(secret).hasSize(32);
      assertThat(store.verify("admin", secret))
          .contains(List.of("admin", "officer", "screener", "monitor"));
      assertThat(store.verify("admin", secret + "x")).isEmpty();
      ApiCredential stored = QuarkusTransaction.requiringNew().call(() -> store.findById("admin"));
      assertThat(stored.passwordHash).startsWith("pbkdf2-sha256$").doesNotContain(secret);
    } finally {
      QuarkusTransaction.requiringNew().run(() -> store.deleteById("admin"));
    }
  }
}
