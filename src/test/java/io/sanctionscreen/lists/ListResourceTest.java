package io.sanctionscreen.lists;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.sanctionscreen.web.Problem;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ListResourceTest {

  @Test
  void listsShowTheBundledVersions() {
    // Import tests replace versions of un-sc but always restore its content: counts, list dates
    // and hashes hold whatever ran before; origins are asserted for untouched sources only.
    given()
        .when()
        .get("/api/v1/lists")
        .then()
        .statusCode(200)
        .contentType(ContentType.JSON)
        .body("source", hasItems("gb-ofsi", "un-sc", "us-csl", "us-ofac-cons", "us-ofac-sdn"))
        .body("find { it.source == 'us-ofac-sdn' }.entryCount", equalTo(14965))
        .body("find { it.source == 'us-ofac-sdn' }.listDate", equalTo("2024-05-03"))
        .body("find { it.source == 'us-ofac-sdn' }.origin", equalTo("bundled:lists/us-ofac-sdn"))
        .body("find { it.source == 'us-ofac-sdn' }.importedBy", equalTo("system:bundled"))
        .body("find { it.source == 'us-ofac-cons' }.entryCount", equalTo(442))
        .body("find { it.source == 'us-ofac-cons' }.listDate", equalTo("2025-12-19"))
        .body(
            "find { it.source == 'us-ofac-cons' }.authority",
            equalTo("U.S. Department of the Treasury, Office of Foreign Assets Control"))
        // python3 ElementTree: 730 INDIVIDUAL + 273 ENTITY, dateGenerated 2026-02-27.
        .body("find { it.source == 'un-sc' }.entryCount", equalTo(1003))
        .body("find { it.source == 'un-sc' }.listDate", equalTo("2026-02-27"))
        .body("find { it.source == 'un-sc' }.authority", equalTo("United Nations Security Council"))
        // python3 csv: 4,686 distinct Group IDs over 18,796 name rows, Last Updated 10/04/2025.
        .body("find { it.source == 'gb-ofsi' }.entryCount", equalTo(4686))
        .body("find { it.source == 'gb-ofsi' }.listDate", equalTo("2025-04-10"))
        .body("find { it.source == 'gb-ofsi' }.origin", equalTo("bundled:lists/gb-ofsi"))
        // python3 csv: of 14,160 rows, 3,625 on Commerce (BIS) or State lists, one per _id.
        .body("find { it.source == 'us-csl' }.entryCount", equalTo(3625))
        .body("find { it.source == 'us-csl' }.listDate", equalTo("2022-05-16"))
        .body("find { it.source == 'us-csl' }.origin", equalTo("bundled:lists/us-csl"))
        .body("find { it.source == 'us-csl' }.maxAge", equalTo("PT48H"));
  }

  @Test
  void cslKeepsCommerceAndStateListsOnly() {
    // The CSL's Treasury rows are OFAC's lists under other ids: us-csl leaves them out.
    given()
        .when()
        .get("/api/v1/entities/us-csl:caeb24bb901171744f7b376b17c4ad98a782c827")
        .then()
        .statusCode(200)
        .body("name", equalTo("Beijing Sensetime Technology Development Co., Ltd."))
        .body(
            "names.name",
            contains(
                "Beijing Sensetime Technology Development Co., Ltd.",
                "Beijing Shangtang Technology Development Co., Ltd.",
                "Sense Time"))
        .body("programs", contains("Entity List (EL) - Bureau of Industry and Security"));
    // CSL row 33114 is OFAC's NS-CMIC SenseTime Group entry: in us-ofac-cons, not in us-csl.
    given().when().get("/api/v1/entities/us-csl:33114").then().statusCode(404);
  }

  @Test
  void chineseNameOfBeijingSenseTimeHitsTheEntityList() {
    // 北京商汤科技开发有限公司: Beijing Shangtang Technology Development Co., Ltd., the Entity
    // List's alias of Beijing Sensetime Technology Development Co., Ltd.
    assertThat(ListApi.hits("北京商汤科技开发有限公司"))
        .contains("us-csl:caeb24bb901171744f7b376b17c4ad98a782c827");
  }

  @Test
  void readinessReportsListAgeAndRefresh() {
    given()
        .when()
        .get("/q/health/ready")
        .then()
        .body("checks.find { it.name == 'lists' }.status", equalTo("UP"))
        .body("checks.find { it.name == 'lists' }.data.'us-csl'", startsWith("version "))
        .body(
            "checks.find { it.name == 'lists' }.data.'us-csl'",
            containsString(", list date 2022-05-16, 3625 entries, stale ("));
  }

  @Test
  void openApiDocumentsTheListOperations() {
    given()
        .when()
        .get("/q/openapi?format=json")
        .then()
        .statusCode(200)
        .body("paths.'/api/v1/lists/{source}/versions'.get.summary", equalTo("Versions of a list"))
        .body(
            "paths.'/api/v1/lists/{source}/changes'.get.summary",
            equalTo("What changed between two versions"))
        .body("paths.'/api/v1/lists/{source}/import'.post.summary", equalTo("Import a list file"))
        .body(
            "paths.'/api/v1/lists/{source}/import'.post.responses.keySet()",
            hasItems("200", "201", "400", "404", "409", "413", "422"))
        .body(
            "paths.'/api/v1/lists/{source}/refresh'.post.responses.keySet()",
            hasItems("200", "400", "404", "409", "422", "502", "504"))
        .body("paths.'/api/v1/lists/{source}/refresh'.post.tags", contains("List administration"));
  }

  @Test
  void senseTimeEntryIsWhole() {
    given()
        .when()
        .get("/api/v1/entities/us-ofac-cons:33114")
        .then()
        .statusCode(200)
        .body("entityId", equalTo("us-ofac-cons:33114"))
        .body("source", equalTo("us-ofac-cons"))
        .body("sourceRef", equalTo("33114"))
        .body("type", equalTo("organization"))
        .body("name", equalTo("SENSETIME GROUP LIMITED"))
        .body("names.name", contains("SENSETIME GROUP LIMITED", "SENSETIME GROUP LTD"))
        .body("names.kind", contains("PRIMARY", "AKA"))
        .body("programs", contains("CMIC-EO13959"))
        .body("identifiers", hasSize(1))
        .body("identifiers[0].type", equalTo("C.R. No."))
        .body("identifiers[0].value", equalTo("2162198"))
        .body("identifiers[0].country", equalTo("Hong Kong"))
        .body(
            "attributes.findAll { it.kind == 'Listing Date (CMIC)' }.value", contains("2021-12-10"))
        .body(
            "attributes.findAll { it.kind == 'Effective Date (CMIC)' }.value",
            contains("2022-02-08"))
        .body(
            "attributes.findAll { it.kind == 'Purchase/Sales For Divestment Date (CMIC)' }.value",
            contains("2022-12-10"))
        .body("addresses[0].country", equalTo("China"))
        .body("addresses[0].city", equalTo("Hong Kong New Territories, Hong Kong SAR"))
        .body("listDate", equalTo("2025-12-19"));
  }

  @Test
  void sdnPersonKeepsBirthDatesAndWeakAliases() {
    // Entry 2676: "AL ZAWAHIRI, Dr. Ayman", DOB 19 Jun 1951, POB Giza, Egypt, Passport 1084010.
    given()
        .when()
        .get("/api/v1/entities/us-ofac-sdn:2676")
        .then()
        .statusCode(200)
        .body("type", equalTo("person"))
        .body("programs", hasItem("SDGT"))
        .body("attributes.findAll { it.kind == 'BIRTH_DATE' }.value", hasItem("1951-06-19"))
        .body("attributes.findAll { it.kind == 'BIRTH_PLACE' }.value", hasItem("Giza, Egypt"))
        .body("identifiers.findAll { it.type == 'Passport' }.value", hasItem("1084010"));
  }

  @Test
  void weakAliasesAreMarked() {
    // Entry 306, BANCO NACIONAL DE CUBA: remarks "a.k.a. 'BNC'" is a weak alias.
    given()
        .when()
        .get("/api/v1/entities/us-ofac-sdn:306")
        .then()
        .statusCode(200)
        .body("names.find { it.name == 'BNC' }.weak", equalTo(true))
        .body("names.find { it.name == 'NATIONAL BANK OF CUBA' }.weak", equalTo(false));
  }

  @Test
  void unknownEntityIs404() {
    given()
        .when()
        .get("/api/v1/entities/us-ofac-sdn:999999999")
        .then()
        .statusCode(404)
        .contentType(Problem.MEDIA_TYPE)
        .body("detail", equalTo("No entry us-ofac-sdn:999999999 in the loaded lists"));
  }

  @Test
  void malformedEntityIdIs400() {
    given()
        .when()
        .get("/api/v1/entities/33114")
        .then()
        .statusCode(400)
        .contentType(Problem.MEDIA_TYPE)
        .body("errors[0].field", equalTo("entityId"));
  }
}
