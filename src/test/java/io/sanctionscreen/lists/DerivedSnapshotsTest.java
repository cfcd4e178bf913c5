package io.sanctionscreen.lists;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The EU and UK derived snapshots bundled for offline use: imported on a fresh start, labelled as
 * derived with their date, screened like any list, and tied to the lists that designate the same
 * party.
 */
@QuarkusTest
class DerivedSnapshotsTest {

  private static JsonPath screen(String name) {
    return given()
        .contentType(ContentType.JSON)
        .body(Map.of("name", name, "limit", 50))
        .when()
        .post("/api/v1/screen")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void theEuSnapshotIsLabelledDerivedWithItsDate() {
    Map<String, Object> eu = ListApi.info("eu-fsf");
    assertThat(eu.get("entryCount")).isEqualTo(5316);
    assertThat(eu.get("listDate")).isEqualTo("2025-05-25");
    assertThat((String) eu.get("origin"))
        .startsWith("bundled:lists/eu-fsf (derived snapshot of 2025-05-25: ")
        .endsWith("; a refresh replaces it with the official file)");
    Map<String, Object> uk = ListApi.info("gb-fcdo");
    assertThat(uk.get("entryCount")).isEqualTo(5300);
    assertThat((String) uk.get("origin"))
        .startsWith("bundled:lists/gb-fcdo (derived snapshot of 2025-08-11: ");
  }

  @Test
  void anEuOnlyDesignationIsFoundOffline() {
    // Listed by the EU only: in no OFAC, UN, UK or CSL file bundled.
    JsonPath r = screen("MHD Nazier Houranieh & Sons Co");
    assertThat(r.getString("hits[0].source")).isEqualTo("eu-fsf");
    assertThat(r.getString("hits[0].name")).isEqualTo("MHD Nazier Houranieh & Sons Co");
    assertThat(r.getDouble("hits[0].score")).isEqualTo(1.0);
    assertThat(r.getList("hits[0].decision.measures.code")).containsExactly("ASSET_FREEZE");
    assertThat(r.getList("listVersions.source")).contains("eu-fsf", "gb-fcdo");
  }

  @Test
  void theUkSanctionsListAndOfsiEntryOfOneDesignationAreOneHit() {
    // FCDO AFG0001 gives OFSI group id 12703: one designation, one hit.
    JsonPath r = screen("Haji Khairullah Haji Sattar Money Exchange");
    String hit = "hits.find { it.entityIds.contains('gb-fcdo:AFG0001') }";
    assertThat(r.getList(hit + ".entityIds", String.class)).contains("gb-ofsi:12703");
  }
}
