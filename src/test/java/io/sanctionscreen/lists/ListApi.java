package io.sanctionscreen.lists;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;

/** Calls of the list API shared by the list tests. */
final class ListApi {

  private ListApi() {}

  /** The UN list of 2026-02-27, gzip-compressed, as bundled: the content un-sc holds. */
  static byte[] un2026() {
    return ListServer.resource("lists/un/un_consolidated_2026-02-27.xml.gz");
  }

  /** The UN list of 2025-04-19, gzip-compressed. */
  static byte[] un2025() {
    return ListServer.resource("lists/un/un_consolidated_2025-04-19.xml.gz");
  }

  /** The list info of one source. */
  static Map<String, Object> info(String source) {
    List<Map<String, Object>> all =
        given().when().get("/api/v1/lists").then().statusCode(200).extract().jsonPath().getList("");
    return all.stream()
        .filter(l -> source.equals(l.get("source")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no list info for " + source));
  }

  /** Uploads a file to a source with the given query parameters. */
  static ValidatableResponse upload(String source, byte[] body, Map<String, ?> params) {
    return given()
        .contentType(ContentType.BINARY)
        .queryParams(params)
        .body(body)
        .when()
        .post("/api/v1/lists/{source}/import", source)
        .then();
  }

  /** Refreshes a source from its download address. */
  static ValidatableResponse refresh(String source) {
    return given().when().post("/api/v1/lists/{source}/refresh", source).then();
  }

  /**
   * The entity ids a screening of this name hits: every listing's id, a hit carrying every id of
   * its designation.
   */
  static List<String> hits(String name) {
    JsonPath r =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("name", name, "limit", 50))
            .when()
            .post("/api/v1/screen")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    return r.getList("hits.entityIds.flatten()", String.class);
  }
}
