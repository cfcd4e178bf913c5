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
  void anOverlongUtf8SequenceIsABadRequest() {
    String reference = "overlong-" + java.util.UUID.randomUUID();
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    byte[] head =
        ("{\"reference\": \"" + reference + "\", \"name\": \"Sense")
            .getBytes(StandardCharsets.US_ASCII);
    b.writeBytes(head);
    b.write(0xc0); // "/" in two bytes: not UTF-8
    b.write(0xaf);
    b.writeBytes("Time\"}".getBytes(StandardCharsets.US_ASCII));
    Response r = postBytes(b.toByteArray());
    r.then()
        .statusCode(400)
        .contentType(Problem.MEDIA_TYPE)
        .body(
            "detail", equalTo("The request body is not valid UTF-8 (at byte " + head.length + ")"));
    assertNoInternals(r);
    given()
        .queryParam("reference", reference)
        .when()
        .get("/api/v1/screenings")
        .then()
        .statusCode(200)
        .body("total", equalTo(0));
  }

  @Test
  void aChunkedBodyOverTheLimitIsRefusedAsItStreams() {
    String head =
        "POST /api/v1/screen HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
            + "Authorization: "
            + io.sanctionscreen.testsupport.RawHttp.basic(
                io.sanctionscreen.testsupport.AuthenticatedByDefault.ADMIN,
                io.sanctionscreen.testsupport.AuthenticatedByDefault.ADMIN_SECRET)
            + "\r\nTransfer-Encoding: chunked\r\n\r\n";
    byte[] spaces = new byte[1 << 16];
    Arrays.fill(spaces, (byte) ' ');
    // Valid JSON of 11 MB: the name, then white space Jackson would skip to the end.
    io.sanctionscreen.testsupport.RawHttp.Reply r =
        io.sanctionscreen.testsupport.RawHttp.sendChunked(
            "127.0.0.1",
            io.restassured.RestAssured.port,
            head,
            "{\"name\": \"SenseTime Group Ltd\"".getBytes(StandardCharsets.US_ASCII),
            spaces,
            11L * 1024 * 1024,
            "}".getBytes(StandardCharsets.US_ASCII));
    assertThat(r.status()).isEqualTo(413);
    assertThat(r.header("content-type")).isEqualTo(Problem.MEDIA_TYPE);
    assertThat(io.restassured.path.json.JsonPath.from(r.body()).getString("type"))
        .isEqualTo(Problem.TYPE_BASE + "body-too-large");
    screen("SenseTime Group Ltd").statusCode(200).body("hits[0].entityId", equalTo(SENSETIME));
  }

  @Test
  void controlCharactersInTheReferenceAreABadRequest() {
    for (String reference : new String[] {"deal\u0000042", "deal\u001b[31m", "deal\t42"}) {
      given()
          .contentType(ContentType.JSON)
          .body(Map.of("name", "SenseTime Group Ltd", "reference", reference))
          .when()
          .post("/api/v1/screen")
          .then()
          .statusCode(400)
          .contentType(Problem.MEDIA_TYPE)
          .body("errors.field", contains("reference"))
          .body("errors[0].message", equalTo("contains control characters"));
    }
  }

  @Test
  void aDuplicateJsonKeyIsABadRequest() {
    String reference = "duplicate-" + java.util.UUID.randomUUID();
    Response r =
        postBytes(
            ("{\"reference\": \""
                    + reference
                    + "\", \"name\": \"Innocent Bakery\", \"name\": \"SenseTime Group Limited\"}")
                .getBytes(StandardCharsets.UTF_8));
    r.then()
        .statusCode(400)
        .contentType(Problem.MEDIA_TYPE)
        .body("type", equalTo(Problem.TYPE_BASE + "malformed-json"))
        .body("detail", org.hamcrest.Matchers.containsString("Duplicate field 'name'"));
    given()
        .queryParam("reference", reference)
        .when()
        .get("/api/v1/screenings")
        .then()
        .statusCode(200)
        .body("total", equalTo(0));
    // In a batch too: the row is refused, not screened as either name.
    given()
        .contentType(ContentType.JSON)
        .body("{\"queries\": [{\"name\": \"Innocent Bakery\", \"name\": \"SenseTime\"}]}")
        .when()
        .post("/api/v1/screen/batch")
        .then()
        .statusCode(200)
        .body("results[0].response", org.hamcrest.Matchers.nullValue())
        .body("results[0].error", org.hamcrest.Matchers.containsString("Duplicate field 'name'"));
  }

  @Test
  void aPagingParameterThatIsNotANumberIsNamed() {
    for (String param : new String[] {"offset", "limit"}) {
      given()
          .queryParam(param, "abc")
          .when()
          .get("/api/v1/screenings")
          .then()
          .statusCode(400)
          .contentType(Problem.MEDIA_TYPE)
          .body("errors.field", contains(param))
          .body("errors[0].message", equalTo("'abc' is not a whole number"));
    }
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
