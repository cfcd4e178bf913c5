package io.sanctionscreen.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every bad request gets a 400 problem+json that names the field; nothing the caller sends is a
 * 500.
 */
@QuarkusTest
class ProblemResponsesTest {

  private static ValidatableResponse post(Object body) {
    return given()
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/v1/screen")
        .then()
        .contentType(Problem.MEDIA_TYPE);
  }

  private static void invalidField(Object body, String field, String message) {
    post(body)
        .statusCode(400)
        .body("type", equalTo(Problem.TYPE_BASE + "invalid-request"))
        .body("title", equalTo("Invalid request"))
        .body("status", equalTo(400))
        .body("instance", equalTo("/api/v1/screen"))
        .body("errors.field", contains(field))
        .body("errors[0].message", equalTo(message))
        .body("detail", equalTo(field + ": " + message));
  }

  @Test
  void emptyName() {
    invalidField(Map.of("name", ""), "name", "must not be blank");
  }

  @Test
  void blankName() {
    invalidField(Map.of("name", "   "), "name", "must not be blank");
  }

  @Test
  void missingName() {
    invalidField(Map.of("type", "person"), "name", "must not be blank");
  }

  @Test
  void overLongName() {
    invalidField(Map.of("name", "A".repeat(501)), "name", "is longer than 500 characters");
    invalidField(Map.of("name", "A".repeat(2001)), "name", "size must be between 0 and 2000");
  }

  @Test
  void nameWithoutLettersOrDigits() {
    invalidField(Map.of("name", "?!. -- \u200b"), "name", "has no letters or digits to screen");
  }

  @Test
  void unknownType() {
    invalidField(
        Map.of("name", "SenseTime", "type", "company"),
        "type",
        "unknown type 'company': expected person, organization, vessel or aircraft");
  }

  @Test
  void unknownPurpose() {
    invalidField(
        Map.of("name", "SenseTime", "purpose", "SPECULATION"),
        "purpose",
        "'SPECULATION' is not one of [INVESTMENT, DIVESTMENT, IPO, PAYMENT, ONBOARDING, EXPORT]");
  }

  @Test
  void thresholdAboveOne() {
    invalidField(
        Map.of("name", "SenseTime", "threshold", 1.5),
        "threshold",
        "must be less than or equal to 1.0");
  }

  @Test
  void thresholdBelowZero() {
    invalidField(
        Map.of("name", "SenseTime", "threshold", -0.1),
        "threshold",
        "must be greater than or equal to 0.0");
  }

  @Test
  void thresholdNotANumber() {
    invalidField(
        Map.of("name", "SenseTime", "threshold", "high"),
        "threshold",
        "'high' is not a valid number");
  }

  @Test
  void limitOverBound() {
    invalidField(
        Map.of("name", "SenseTime", "limit", 101), "limit", "must be less than or equal to 100");
  }

  @Test
  void limitZero() {
    invalidField(
        Map.of("name", "SenseTime", "limit", 0), "limit", "must be greater than or equal to 1");
  }

  @Test
  void malformedBirthDate() {
    invalidField(
        Map.of("name", "Ivan Petrov", "birthDate", "12/03/1970"),
        "birthDate",
        "must be a date written YYYY, YYYY-MM or YYYY-MM-DD");
  }

  @Test
  void unknownField() {
    post(Map.of("name", "SenseTime", "treshold", 0.5))
        .statusCode(400)
        .body("errors.field", contains("treshold"))
        .body("errors[0].message", startsWith("unknown field; known fields are"));
  }

  @Test
  void malformedJson() {
    post("{\"name\": \"SenseTime\",")
        .statusCode(400)
        .body("type", equalTo(Problem.TYPE_BASE + "malformed-json"))
        .body("title", equalTo("Malformed JSON"))
        .body("detail", startsWith("The request body is not valid JSON at line 1"));
  }

  @Test
  void emptyBody() {
    given()
        .contentType(ContentType.JSON)
        .when()
        .post("/api/v1/screen")
        .then()
        .statusCode(400)
        .contentType(Problem.MEDIA_TYPE)
        .body("errors.field", contains("body"));
  }

  @Test
  void notJson() {
    given()
        .contentType(ContentType.TEXT)
        .body("SenseTime")
        .when()
        .post("/api/v1/screen")
        .then()
        .statusCode(415)
        .contentType(Problem.MEDIA_TYPE)
        .body("status", equalTo(415));
  }

  @Test
  void unknownPath() {
    given()
        .when()
        .get("/api/v1/nothing-here")
        .then()
        .statusCode(404)
        .contentType(Problem.MEDIA_TYPE)
        .body("detail", equalTo("No resource at /api/v1/nothing-here"));
  }

  @Test
  void wrongMethod() {
    given()
        .when()
        .get("/api/v1/screen")
        .then()
        .statusCode(405)
        .contentType(Problem.MEDIA_TYPE)
        .body("status", equalTo(405));
  }
}
