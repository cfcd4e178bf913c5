package io.sanctionscreen.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** List files and list API calls for tests outside the lists package. */
public final class TestLists {

  private TestLists() {}

  /** The UN list of 2026-02-27, gzip-compressed: the content un-sc is bundled with. */
  public static byte[] un2026() {
    return resource("lists/un/un_consolidated_2026-02-27.xml.gz");
  }

  /** The UN list of 2025-04-19, gzip-compressed: an older version of un-sc. */
  public static byte[] un2025() {
    return resource("lists/un/un_consolidated_2025-04-19.xml.gz");
  }

  /** Reads a test resource whole. */
  public static byte[] resource(String path) {
    try (InputStream in = TestLists.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Uploads a file to a source as the test administrator. */
  public static Response upload(String source, byte[] body, Map<String, ?> params) {
    return given()
        .contentType(ContentType.BINARY)
        .queryParams(params)
        .body(body)
        .when()
        .post("/api/v1/lists/{source}/import", source);
  }

  /** The list info of one source (GET /api/v1/lists). */
  public static Map<String, Object> info(String source) {
    List<Map<String, Object>> all =
        given().when().get("/api/v1/lists").then().statusCode(200).extract().jsonPath().getList("");
    return all.stream()
        .filter(l -> source.equals(l.get("source")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no list info for " + source));
  }

  /** The active version id of a source. */
  public static long activeVersion(String source) {
    return ((Number) info(source).get("version")).longValue();
  }

  /** How many versions of a source are stored. */
  public static long versionCount(String source) {
    return given()
        .when()
        .get("/api/v1/lists/{source}/versions", source)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("total");
  }
}
