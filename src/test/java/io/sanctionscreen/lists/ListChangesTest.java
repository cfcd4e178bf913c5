package io.sanctionscreen.lists;

import static io.restassured.RestAssured.given;
import static io.sanctionscreen.lists.ListApi.info;
import static io.sanctionscreen.lists.ListApi.refresh;
import static io.sanctionscreen.lists.ListApi.un2025;
import static io.sanctionscreen.lists.ListApi.un2026;
import static io.sanctionscreen.lists.ListApi.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.sanctionscreen.web.Problem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Versions and changes: the UN list of 2025-04-19 is uploaded, then the 2026-02-27 list comes back
 * by a refresh from the test's HTTP server, and the changes between the two are checked against
 * counts computed with python3 (ElementTree) from the two files: 130 added, 4 removed, 16 modified,
 * 857 unchanged.
 */
@QuarkusTest
@WithTestResource(value = ListServer.class, scope = TestResourceScope.GLOBAL)
class ListChangesTest {

  private static final String UN = "un-sc";

  @Test
  void changesBetweenTheTwoUnVersions() {
    long bundled = ((Number) info(UN).get("version")).longValue();

    // 2026 -> 2025 loses 130 of 1,003 entries (13%): within the allowed 20%, no force needed.
    int older =
        upload(UN, un2025(), Map.of())
            .statusCode(201)
            .body("listDate", equalTo("2025-04-19"))
            .body("entryCount", equalTo(877))
            .body("previousVersion", equalTo((int) bundled))
            .body("added", equalTo(4))
            .body("removed", equalTo(130))
            .body("modified", equalTo(16))
            .extract()
            .path("version");

    ListServer.serve(un2026());
    int newer =
        refresh(UN)
            .statusCode(200)
            .body("created", equalTo(true))
            .body("listDate", equalTo("2026-02-27"))
            .body("entryCount", equalTo(1003))
            .body("previousVersion", equalTo(older))
            .body("added", equalTo(130))
            .body("removed", equalTo(4))
            .body("modified", equalTo(16))
            .extract()
            .path("version");
    Map<String, Object> now = info(UN);
    assertThat(((Number) now.get("version")).intValue()).isEqualTo(newer);
    assertThat(now.get("origin")).isEqualTo("refresh:" + unUrl());
    @SuppressWarnings("unchecked")
    Map<String, Object> lastRefresh = (Map<String, Object>) now.get("refresh");
    assertThat(lastRefresh.get("outcome")).isEqualTo("IMPORTED");
    assertThat(lastRefresh.get("error")).isNull();

    // Between the two versions, named.
    JsonPath all = changes(Map.of("from", older, "to", newer, "limit", 1000));
    assertThat(all.getInt("from.version")).isEqualTo(older);
    assertThat(all.getInt("to.version")).isEqualTo(newer);
    assertThat(all.getInt("counts.added")).isEqualTo(130);
    assertThat(all.getInt("counts.removed")).isEqualTo(4);
    assertThat(all.getInt("counts.modified")).isEqualTo(16);
    assertThat(all.getInt("counts.unchanged")).isEqualTo(857);
    assertThat(all.getLong("total")).isEqualTo(150);
    assertThat(all.getList("changes")).hasSize(150);
    assertThat(all.getList("changes.findAll { it.change == 'REMOVED' }.entityId", String.class))
        .containsExactly("un-sc:IQi.074", "un-sc:QDi.317", "un-sc:QDi.328", "un-sc:QDi.336");
    List<String> ids = all.getList("changes.entityId", String.class);
    assertThat(ids).isSorted();

    // The defaults: from the version active before the current one, to the current one.
    JsonPath defaults = changes(Map.of());
    assertThat(defaults.getInt("from.version")).isEqualTo(older);
    assertThat(defaults.getInt("to.version")).isEqualTo(newer);
    assertThat(defaults.getInt("counts.added")).isEqualTo(130);
    assertThat(defaults.getInt("limit")).isEqualTo(100);
    assertThat(defaults.getList("changes")).hasSize(100);

    // Modified entries only, with the fields that changed.
    JsonPath modified = changes(Map.of("kind", "modified", "limit", 1000));
    assertThat(modified.getLong("total")).isEqualTo(16);
    // QDi.057 moved from Tripoli, Libya (as at Feb. 2014) to Afghanistan (as at June 2014).
    assertThat(modified.getList("changes.find { it.entityId == 'un-sc:QDi.057' }.fields.field"))
        .containsExactly("addresses");
    assertThat(
            modified.getList(
                "changes.find { it.entityId == 'un-sc:QDi.057' }.fields[0].before", String.class))
        .containsExactly("Tripoli, Libya (as at Feb. 2014)");
    assertThat(
            modified.getList(
                "changes.find { it.entityId == 'un-sc:QDi.057' }.fields[0].after", String.class))
        .containsExactly("Afghanistan (as at June 2014)");
    // IQi.085 gained the alias BASHAR AL-NASIRI.
    assertThat(modified.getList("changes.find { it.entityId == 'un-sc:IQi.085' }.fields.field"))
        .containsExactly("names");
    assertThat(
            modified.getList(
                "changes.find { it.entityId == 'un-sc:IQi.085' }.fields[0].added", String.class))
        .containsExactly("BASHAR AL-NASIRI (aka)");
    assertThat(
            modified.getList(
                "changes.find { it.entityId == 'un-sc:IQi.085' }.fields[0].removed", String.class))
        .isEmpty();

    // One entry across the versions (other tests may have uploaded UN versions before this one:
    // the last two events are this test's). QDi.057 moved to Tripoli in the 2025 list and back to
    // Afghanistan in 2026.
    JsonPath moved = history("un-sc:QDi.057");
    assertThat(moved.getBoolean("listed")).isTrue();
    assertThat(moved.getString("events[0].change")).isEqualTo("ADDED");
    assertThat(moved.getList("events[0].fields")).isNull();
    assertThat(moved.getList("events.change", String.class)).endsWith("MODIFIED", "MODIFIED");
    assertThat(moved.getList("events.version.version", Integer.class)).endsWith(older, newer);
    assertThat(moved.getList("events[-2].fields.field", String.class)).containsExactly("addresses");
    assertThat(moved.getList("events[-2].fields[0].after", String.class))
        .containsExactly("Tripoli, Libya (as at Feb. 2014)");
    assertThat(moved.getList("events[-1].fields[0].after", String.class))
        .containsExactly("Afghanistan (as at June 2014)");
    // IQi.074 is in the 2025 list only: added by the upload, removed by the refresh, no longer
    // listed, and its history still answers.
    JsonPath gone = history("un-sc:IQi.074");
    assertThat(gone.getBoolean("listed")).isFalse();
    assertThat(gone.getList("events.change", String.class)).endsWith("ADDED", "REMOVED");
    assertThat(gone.getList("events.version.version", Integer.class)).endsWith(older, newer);
    assertThat(gone.getString("name")).isEqualTo(gone.getString("events[-1].name"));
    assertThat(gone.getInt("versions")).isGreaterThanOrEqualTo(3);

    // Paging.
    JsonPath tail = changes(Map.of("from", older, "to", newer, "offset", 148, "limit", 5));
    assertThat(tail.getLong("total")).isEqualTo(150);
    assertThat(tail.getList("changes.entityId", String.class)).isEqualTo(ids.subList(148, 150));

    // The version list, newest first.
    given()
        .queryParam("limit", 2)
        .when()
        .get("/api/v1/lists/{source}/versions", UN)
        .then()
        .statusCode(200)
        .body("versions", hasSize(2))
        .body("versions.version", contains(newer, older))
        .body("versions[0].status", equalTo("ACTIVE"))
        .body("versions[0].origin", equalTo("refresh:" + unUrl()))
        .body("versions[0].added", equalTo(130))
        .body("versions[1].status", equalTo("SUPERSEDED"))
        .body("versions[1].importedBy", equalTo("test-admin"));
  }

  @Test
  void aFirstVersionAddsEverything() {
    JsonPath r = changes("us-csl", Map.of("limit", 1));
    assertThat(r.getString("from")).isNull();
    assertThat(r.getInt("counts.added")).isEqualTo(3625);
    assertThat(r.getInt("counts.removed")).isZero();
    assertThat(r.getInt("counts.modified")).isZero();
    assertThat(r.getString("changes[0].change")).isEqualTo("ADDED");
    assertThat(r.getList("changes[0].fields")).isNull();
  }

  @Test
  void theHistoryOfAnUnknownOrMalformedIdIsAProblem() {
    given()
        .when()
        .get("/api/v1/entities/{id}/history", "un-sc:XXi.999")
        .then()
        .statusCode(404)
        .contentType(Problem.MEDIA_TYPE)
        .body("detail", equalTo("No version of any list ever held un-sc:XXi.999"));
    given()
        .when()
        .get("/api/v1/entities/{id}/history", "QDi.057")
        .then()
        .statusCode(400)
        .contentType(Problem.MEDIA_TYPE)
        .body("errors[0].field", equalTo("entityId"));
  }

  @Test
  void badParametersAreNamed() {
    given()
        .queryParam("limit", 0)
        .when()
        .get("/api/v1/lists/un-sc/changes")
        .then()
        .statusCode(400)
        .contentType(Problem.MEDIA_TYPE)
        .body("errors[0].field", equalTo("limit"))
        .body("errors[0].message", equalTo("must be between 1 and 1000"));
    given()
        .queryParam("from", "latest")
        .when()
        .get("/api/v1/lists/un-sc/changes")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("from"));
    given()
        .queryParam("kind", "renamed")
        .when()
        .get("/api/v1/lists/un-sc/changes")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("kind"));
    given()
        .queryParam("to", 999999)
        .when()
        .get("/api/v1/lists/un-sc/changes")
        .then()
        .statusCode(404)
        .body("detail", equalTo("No version 999999 of un-sc"));
    given()
        .when()
        .get("/api/v1/lists/custom-nothing/versions")
        .then()
        .statusCode(404)
        .body("detail", equalTo("No version of custom-nothing has been imported"))
        .body("errors", nullValue());
  }

  private static JsonPath history(String entityId) {
    return given()
        .when()
        .get("/api/v1/entities/{id}/history", entityId)
        .then()
        .statusCode(200)
        .body("entityId", equalTo(entityId))
        .body("source", equalTo(UN))
        .extract()
        .jsonPath();
  }

  private static JsonPath changes(Map<String, ?> params) {
    return changes(UN, params);
  }

  private static JsonPath changes(String source, Map<String, ?> params) {
    return given()
        .queryParams(params)
        .when()
        .get("/api/v1/lists/{source}/changes", source)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static String unUrl() {
    return org.eclipse.microprofile.config.ConfigProvider.getConfig()
        .getValue("screening.lists.sources.\"un-sc\".url", String.class);
  }
}
