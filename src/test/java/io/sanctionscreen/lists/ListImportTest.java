package io.sanctionscreen.lists;

import static io.restassured.RestAssured.given;
import static io.sanctionscreen.lists.ListApi.hits;
import static io.sanctionscreen.lists.ListApi.info;
import static io.sanctionscreen.lists.ListApi.un2026;
import static io.sanctionscreen.lists.ListApi.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.sanctionscreen.web.Problem;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Uploads to un-sc: identical content stores nothing; malformed, truncated, wrong-format, shrunken
 * and oversized files are refused with a problem that says why, and the version in use keeps
 * serving. Every test leaves un-sc holding the bundled 2026-02-27 content.
 */
@QuarkusTest
@WithTestResource(value = ListServer.class, scope = TestResourceScope.GLOBAL)
class ListImportTest {

  private static final String UN = "un-sc";

  /** CDi.001, ERIC BADEGE: an individual of the UN list (DRC regime). */
  private static final String UN_NAME = "Eric Badege";

  private static final String UN_ENTRY = "un-sc:CDi.001";

  /** What must not change when an upload is refused. */
  private static final List<String> VERSION_FIELDS =
      List.of("version", "contentHash", "entryCount", "nameCount", "listDate", "importedAt");

  private static Map<String, Object> versionOf(Map<String, Object> info) {
    return VERSION_FIELDS.stream()
        .collect(java.util.stream.Collectors.toMap(k -> k, k -> String.valueOf(info.get(k))));
  }

  private static void assertStillServing(Map<String, Object> before) {
    assertThat(versionOf(info(UN))).isEqualTo(versionOf(before));
    assertThat(hits(UN_NAME)).contains(UN_ENTRY);
  }

  @Test
  void identicalContentStoresNoVersion() {
    Map<String, Object> before = info(UN);
    long versions = versionCount();

    upload(UN, un2026(), Map.of())
        .statusCode(200)
        .contentType(ContentType.JSON)
        .body("source", equalTo(UN))
        .body("created", equalTo(false))
        .body("version", equalTo(((Number) before.get("version")).intValue()))
        .body("entryCount", equalTo(1003))
        .body("listDate", equalTo("2026-02-27"))
        .body("format", equalTo("un-xml"))
        .body("previousVersion", nullValue());

    assertThat(versionOf(info(UN))).isEqualTo(versionOf(before));
    assertThat(versionCount()).isEqualTo(versions);
  }

  @Test
  void malformedFileIsRefused() {
    Map<String, Object> before = info(UN);

    upload(UN, "<CONSOLIDATED_LIST dateGenerated=".getBytes(StandardCharsets.UTF_8), Map.of())
        .statusCode(422)
        .contentType(Problem.MEDIA_TYPE)
        .body("type", equalTo("urn:sanctionscreen:problem:list-rejected"))
        .body("title", equalTo("List file rejected"))
        .body("status", equalTo(422))
        .body(
            "detail",
            equalTo(
                "un-sc: the file cannot be imported as un-xml (UN SC consolidated list XML: the"
                    + " file is not well-formed XML (line 1, column 34): the file ends before its"
                    + " elements are closed (truncated?)). Nothing was imported; the version in"
                    + " use keeps serving."));

    assertStillServing(before);
  }

  @Test
  void truncatedFileIsRefused() {
    Map<String, Object> before = info(UN);
    byte[] whole = ListServer.resource("lists/hostile/truncated-un.xml");

    upload(UN, whole, Map.of())
        .statusCode(422)
        .contentType(Problem.MEDIA_TYPE)
        .body("type", equalTo("urn:sanctionscreen:problem:list-rejected"))
        .body(
            "detail",
            equalTo(
                "un-sc: the file cannot be imported as un-xml (UN SC consolidated list XML: the"
                    + " file is not well-formed XML (line 71, column 33): the file ends before its"
                    + " elements are closed (truncated?)). Nothing was imported; the version in"
                    + " use keeps serving."));

    assertStillServing(before);
  }

  @Test
  void fileOfAnotherFormatIsRefused() {
    Map<String, Object> before = info(UN);
    // OFAC's consolidated.xml (sdnList) sent as the UN list.
    byte[] ofac = ListServer.resource("lists/ofac/consolidated_2025-03-28.xml.gz");

    upload(UN, ofac, Map.of())
        .statusCode(422)
        .contentType(Problem.MEDIA_TYPE)
        .body("type", equalTo("urn:sanctionscreen:problem:list-rejected"))
        .body(
            "detail",
            equalTo(
                "un-sc: the file cannot be imported as un-xml (UN SC consolidated list XML: wrong"
                    + " format: the root element is <sdnList>, expected <CONSOLIDATED_LIST> (line"
                    + " 2, column 151)). Nothing was imported; the version in use keeps serving."));

    assertStillServing(before);
  }

  @Test
  void shrunkenListIsRefusedUnlessForced() {
    Map<String, Object> before = info(UN);
    long version = ((Number) before.get("version")).longValue();
    // The 2026 list cut to its first 5 individuals and 5 entities: 993 of 1,003 entries gone.
    byte[] shrunk = ListServer.resource("lists/un/un_consolidated_2026-02-27_shrunk.xml");

    upload(UN, shrunk, Map.of())
        .statusCode(422)
        .contentType(Problem.MEDIA_TYPE)
        .body("type", equalTo("urn:sanctionscreen:problem:list-shrunk"))
        .body("title", equalTo("List shrank too much"))
        .body(
            "detail",
            equalTo(
                "un-sc: the file would remove 993 of the 1003 entries of version "
                    + version
                    + " (99.0%; it holds 10 entries), more than the 20% allowed. Nothing was"
                    + " imported; version "
                    + version
                    + " keeps serving. Import it with force=true if the list really shrank."));
    assertStillServing(before);

    int forced =
        upload(UN, shrunk, Map.of("force", "true"))
            .statusCode(201)
            .body("created", equalTo(true))
            .body("entryCount", equalTo(10))
            .body("previousVersion", equalTo((int) version))
            .body("added", equalTo(0))
            .body("removed", equalTo(993))
            .body("modified", equalTo(0))
            .extract()
            .path("version");
    assertThat(info(UN).get("entryCount")).isEqualTo(10);
    assertThat(hits(UN_NAME)).contains(UN_ENTRY);

    // Restore the bundled content: a list that grows needs no force.
    upload(UN, un2026(), Map.of())
        .statusCode(201)
        .body("previousVersion", equalTo(forced))
        .body("added", equalTo(993))
        .body("removed", equalTo(0))
        .body("entryCount", equalTo(1003));
    Map<String, Object> after = info(UN);
    assertThat(after.get("contentHash")).isEqualTo(before.get("contentHash"));
    assertThat(after.get("entryCount")).isEqualTo(1003);
  }

  @Test
  void fileOverTheLimitIsRefusedBeforeParsing() {
    Map<String, Object> before = info(UN);
    // %test sets screening.lists.max-file-size to 8M.
    byte[] big = new byte[9 * 1024 * 1024];
    Arrays.fill(big, (byte) 'x');

    upload(UN, big, Map.of())
        .statusCode(413)
        .contentType(Problem.MEDIA_TYPE)
        .body("type", equalTo("urn:sanctionscreen:problem:file-too-large"))
        .body(
            "detail",
            equalTo(
                "The file (9437184 bytes) is larger than the limit of 8388608 bytes"
                    + " (screening.lists.max-file-size); nothing was imported"));

    assertStillServing(before);
  }

  @Test
  void badRequestsNameTheParameter() {
    upload("UN SC", un2026(), Map.of()).statusCode(400).body("errors[0].field", equalTo("source"));
    upload("eu-ofac", un2026(), Map.of())
        .statusCode(404)
        .body("type", equalTo("urn:sanctionscreen:problem:not-found"));
    upload(UN, un2026(), Map.of("format", "pdf"))
        .statusCode(400)
        .body("errors[0].field", equalTo("format"));
    upload(UN, un2026(), Map.of("listDate", "27/02/2026"))
        .statusCode(400)
        .body("errors[0].field", equalTo("listDate"));
    upload(UN, un2026(), Map.of("force", "yes"))
        .statusCode(400)
        .body("errors[0].field", equalTo("force"));
    upload(UN, new byte[0], Map.of()).statusCode(400).body("errors[0].field", equalTo("body"));
  }

  @Test
  void otherRequestsKeepTheTenMegabyteLimit() {
    byte[] big = new byte[11 * 1024 * 1024];
    Arrays.fill(big, (byte) ' ');
    given()
        .contentType(ContentType.JSON)
        .body(big)
        .when()
        .post("/api/v1/screen")
        .then()
        .statusCode(413)
        .contentType(Problem.MEDIA_TYPE)
        .body("type", equalTo("urn:sanctionscreen:problem:body-too-large"));
  }

  private static long versionCount() {
    return given()
        .when()
        .get("/api/v1/lists/{source}/versions", UN)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("total");
  }
}
