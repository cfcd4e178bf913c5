package io.sanctionscreen.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/**
 * What an attacker or a broken client sends: bodies too large, bytes that are not UTF-8, control,
 * bidi and invisible characters, nesting bombs, SQL and script fragments. Each gets a clear 4xx
 * (or, where the text is a name a person may type, an ordinary answer that treats it as data); none
 * gets a 500, a stack trace or an echo that a browser would run, and the service keeps answering.
 */
@QuarkusTest
class HostileRequestsTest {

  private static final String SENSETIME = "us-ofac-cons:33114";

  private static Response postBytes(byte[] body) {
    return given()
        .contentType("application/json; charset=utf-8")
        .body(body)
        .when()
        .post("/api/v1/screen");
  }

  private static ValidatableResponse screen(String name) {
    return given()
        .contentType(ContentType.JSON)
        .body(Map.of("name", name))
        .when()
        .post("/api/v1/screen")
        .then();
  }

  private static void assertNoInternals(Response r) {
    String body = r.asString();
    assertThat(body)
        .doesNotContain("Exception")
        .doesNotContain("\tat ")
        .doesNotContain("io.sanctionscreen.")
        .doesNotContain("org.hibernate")
        .doesNotContain("<script");
  }

  @Test
  void aBodyOverTheLimitIsRefusedBeforeItIsRead() {
    byte[] body = new byte[11 * 1024 * 1024];
    Arrays.fill(body, (byte) ' ');
    body[0] = '{';
    body[body.length - 1] = '}';
    Response r = postBytes(body);
    r.then()
        .statusCode(413)
        .contentType(Problem.MEDIA_TYPE)
        .body("title", equalTo("Request body too large"));
    assertNoInternals(r);
    screen("SenseTime Group Ltd").statusCode(200).body("hits[0].entityId", equalTo(SENSETIME));
    // And the API description says so.
    given()
        .when()
        .get("/q/openapi?format=json")
        .then()
        .statusCode(200)
        .body("paths.'/api/v1/screen'.post.responses.keySet()", hasItem("413"))
        .body("paths.'/api/v1/screen/batch'.post.responses.keySet()", hasItem("413"));
  }

  @Test
  void aStreamedBodyOverTheLimitWithoutALengthIsRefusedToo() {
    byte[] body = new byte[11 * 1024 * 1024];
    Arrays.fill(body, (byte) 'A');
    byte[] head = "{\"name\": \"".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(head, 0, body, 0, head.length);
    body[body.length - 2] = '"';
    body[body.length - 1] = '}';
    Response r =
        given()
            .contentType("application/json; charset=utf-8")
            .body(new ByteArrayInputStream(body))
            .when()
            .post("/api/v1/screen");
    assertThat(r.statusCode()).isIn(400, 413);
    r.then().contentType(Problem.MEDIA_TYPE);
    assertNoInternals(r);
  }

  @Test
  void bytesThatAreNotUtf8AreABadRequest() {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes("{\"name\": \"Sense".getBytes(StandardCharsets.US_ASCII));
    b.write(0xff);
    b.write(0xfe);
    b.write(0xc3); // a lead byte without its continuation
    b.writeBytes("Time\"}".getBytes(StandardCharsets.US_ASCII));
    Response r = postBytes(b.toByteArray());
    r.then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("status", equalTo(400));
    assertNoInternals(r);
  }

  @Test
  void aLoneSurrogateInTheNameIsABadRequest() {
    Response r =
        postBytes("{\"name\": \"SenseTime \\ud800 Group\"}".getBytes(StandardCharsets.UTF_8));
    r.then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("errors.field", contains("name"));
    assertNoInternals(r);
  }

  @Test
  void controlCharactersInTheNameAreABadRequest() {
    for (String name :
        new String[] {"Sense\u0000Time", "SenseTime\u0007 Group", "Sense\u0085Time"}) {
      screen(name)
          .statusCode(400)
          .contentType(Problem.MEDIA_TYPE)
          .body("errors.field", contains("name"))
          .body("errors[0].message", equalTo("contains control characters"));
    }
  }

  @Test
  void tabsAndLineBreaksCopiedFromASpreadsheetAreSpaces() {
    screen("SenseTime\tGroup\r\nLtd").statusCode(200).body("hits[0].entityId", equalTo(SENSETIME));
  }

  @Test
  void bidiAndInvisibleCharactersDoNotHideAListedName() {
    for (String name :
        new String[] {
          "Sense\u202eTime Group Ltd",
          "\u202bSenseTime\u202c Group",
          "Sense\u200bTime\u2060 Group\u00ad Ltd",
          "\ufeffSense\u200dTime Group",
          "\u2066SenseTime\u2069 Group"
        }) {
      screen(name)
          .statusCode(200)
          .body("outcome", not(equalTo("CLEAR")))
          .body("hits[0].entityId", equalTo(SENSETIME));
    }
  }

  @Test
  void sqlFragmentsAreNamesLikeAnyOther() {
    String[] names = {
      "x' OR '1'='1",
      "Robert'); DROP TABLE list_entry;--",
      "SenseTime\" OR 1=1 --",
      "%' OR name LIKE '%"
    };
    for (String name : names) {
      Response r =
          given()
              .contentType(ContentType.JSON)
              .body(Map.of("name", name, "reference", name))
              .when()
              .post("/api/v1/screen");
      r.then().statusCode(200);
      assertNoInternals(r);
    }
    screen("x' OR '1'='1").body("outcome", equalTo("CLEAR")).body("hits", empty());
    given()
        .queryParam("reference", "x' OR '1'='1")
        .when()
        .get("/api/v1/screenings")
        .then()
        .statusCode(200)
        .body("items.reference", hasItem("x' OR '1'='1"))
        .body("items.reference", not(hasItem("Robert'); DROP TABLE list_entry;--")));
    given()
        .when()
        .get("/api/v1/entities/" + SENSETIME + "' OR '1'='1")
        .then()
        .statusCode(400)
        .contentType(Problem.MEDIA_TYPE)
        .body("errors.field", contains("entityId"));
    given()
        .when()
        .get("/api/v1/lists")
        .then()
        .statusCode(200)
        .body("find { it.source == 'us-ofac-cons' }.entryCount", equalTo(442));
  }

  @Test
  void scriptFragmentsComeBackAsJsonStringsOnly() {
    String script = "<script>alert(document.cookie)</script>";
    Response r =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("name", "ACME " + script, "reference", script))
            .when()
            .post("/api/v1/screen");
    r.then()
        .statusCode(200)
        .contentType(ContentType.JSON)
        .body("reference", equalTo(script))
        .body("query", not(Matchers.containsString("<")));
    Response notFound =
        given().when().get("/api/v1/entities/" + "%3Cscript%3Ealert(1)%3C%2Fscript%3E");
    notFound.then().statusCode(400).contentType(Problem.MEDIA_TYPE);
    assertNoInternals(notFound);
    assertThat(notFound.getHeader("Content-Type")).doesNotContain("html");
  }

  @Test
  void deeplyNestedJsonIsABadRequest() {
    String bomb = "{\"name\": " + "[".repeat(5000) + "]".repeat(5000) + "}";
    Response r = postBytes(bomb.getBytes(StandardCharsets.UTF_8));
    r.then().statusCode(400).contentType(Problem.MEDIA_TYPE);
    assertNoInternals(r);
  }

  @Test
  void hugeNumbersAreABadRequest() {
    Response r =
        postBytes(
            ("{\"name\": \"SenseTime\", \"threshold\": 1" + "0".repeat(5000) + "}")
                .getBytes(StandardCharsets.UTF_8));
    r.then().statusCode(400).contentType(Problem.MEDIA_TYPE);
    assertNoInternals(r);
  }
}
