package io.sanctionscreen.screening;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Decisions for each purpose on real entries of the bundled lists. */
@QuarkusTest
class PurposeDecisionTest {

  private static JsonPath screen(Map<String, Object> body) {
    return given()
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post("/api/v1/screen")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @ParameterizedTest(name = "SenseTime for {0} is {1}")
  @CsvSource({
    "INVESTMENT, BLOCK, APPLIES",
    "IPO, BLOCK, APPLIES",
    "PAYMENT, REVIEW, DOES_NOT_APPLY",
    "ONBOARDING, REVIEW, MAY_APPLY",
    "EXPORT, REVIEW, DOES_NOT_APPLY",
    "DIVESTMENT, BLOCK, APPLIES"
  })
  void senseTimeByPurpose(String purpose, String outcome, String applies) {
    JsonPath r = screen(Map.of("name", "SenseTime Group Ltd", "purpose", purpose));
    assertThat(r.getString("purpose")).isEqualTo(purpose);
    assertThat(r.getString("outcome")).isEqualTo(outcome);
    assertThat(r.getString("hits[0].entityId")).isEqualTo("us-ofac-cons:33114");
    assertThat(r.getString("hits[0].decision.outcome")).isEqualTo(outcome);
    assertThat(r.getString("hits[0].decision.applies")).isEqualTo(applies);
    assertThat(r.getList("hits[0].decision.measures.code", String.class))
        .containsExactly("SECURITIES_BAN");
    assertThat(r.getString("hits[0].decision.listingDates.'Effective Date (CMIC)'"))
        .isEqualTo("2022-02-08");
    assertThat(r.getString("measuresVersion")).isEqualTo("2026-12-02.1");
  }

  @Test
  void investmentReasonNamesTheProgramMeasureAndDates() {
    JsonPath r =
        screen(
            Map.of(
                "name",
                "SENSETIME GROUP LIMITED",
                "purpose",
                "INVESTMENT",
                "transactionDate",
                "2026-12-02"));
    assertThat(r.getString("reason"))
        .isEqualTo(
            "SENSETIME GROUP LIMITED (us-ofac-cons:33114, score 1.00) is listed under CMIC-EO13959"
                + " (Ban on publicly traded securities (NS-CMIC)): Ban on publicly traded"
                + " securities (NS-CMIC) restricts INVESTMENT on 2026-12-02 (Ban on publicly"
                + " traded securities (NS-CMIC): the ban is in force since 2022-02-08 (listed on"
                + " 2021-12-10); the divestment window closed on 2022-12-10, before the"
                + " transaction date 2026-12-02).");
  }

  /**
   * The four cases: SenseTime was listed on the NS-CMIC list on 2021-12-10, the ban on
   * purchases took effect on 2022-02-08, and sales to divest were permitted until 2022-12-10.
   */
  @ParameterizedTest(name = "SenseTime, {0} on {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "INVESTMENT | 2022-01-15 | REVIEW | MAY_APPLY | BEFORE | takes effect on 2022-02-08, after"
            + " the transaction date 2022-01-15",
        "INVESTMENT | 2022-03-01 | BLOCK  | APPLIES   | AFTER  | the ban is in force since"
            + " 2022-02-08",
        "DIVESTMENT | 2022-06-01 | REVIEW | DOES_NOT_APPLY | AFTER | sales to divest are permitted"
            + " until 2022-12-10 inclusive",
        "DIVESTMENT | 2023-01-01 | BLOCK  | APPLIES   | AFTER  | the divestment window closed on"
            + " 2022-12-10, before the transaction date 2023-01-01",
        // The first day the ban is in force, and the last day of the window.
        "INVESTMENT | 2022-02-08 | BLOCK  | APPLIES   | ON     | the ban is in force since"
            + " 2022-02-08",
        "DIVESTMENT | 2022-12-10 | REVIEW | DOES_NOT_APPLY | AFTER | permitted until 2022-12-10"
            + " inclusive",
        // Before the listing the ban did not exist; a purchase then is not restricted by it.
        "INVESTMENT | 2021-11-30 | REVIEW | DOES_NOT_APPLY | BEFORE | the company was not yet"
            + " listed (listing date 2021-12-10)"
      })
  void senseTimeOnATransactionDate(
      String purpose,
      String date,
      String outcome,
      String applies,
      String sideOfEffectiveDate,
      String reasonPart) {
    JsonPath r =
        screen(Map.of("name", "SenseTime Group Ltd", "purpose", purpose, "transactionDate", date));
    assertThat(r.getString("transactionDate")).isEqualTo(date);
    assertThat(r.getString("hits[0].entityId")).isEqualTo("us-ofac-cons:33114");
    assertThat(r.getString("outcome")).isEqualTo(outcome);
    assertThat(r.getString("hits[0].decision.applies")).isEqualTo(applies);
    assertThat(r.getString("hits[0].decision.measures[0].appliesToPurpose")).isEqualTo(applies);
    assertThat(r.getString("hits[0].decision.transactionDate")).isEqualTo(date);
    assertThat(r.getString("reason")).contains(reasonPart).contains(date);
    assertThat(
            r.getString(
                "hits[0].decision.governingDates.find { it.label == 'Effective Date (CMIC)' }"
                    + ".transactionDate"))
        .isEqualTo(sideOfEffectiveDate);
    assertThat(r.getList("hits[0].decision.governingDates.value", String.class))
        .containsExactly("2021-12-10", "2022-02-08", "2022-12-10");
    if (outcome.equals("BLOCK")) {
      assertThat(r.getString("reason")).contains("restricts " + purpose + " on " + date);
    } else {
      assertThat(r.getString("reason")).doesNotContain("(NS-CMIC) restricts");
    }
  }

  @Test
  void transactionDateDefaultsToToday() {
    JsonPath r = screen(Map.of("name", "SenseTime Group Ltd", "purpose", "DIVESTMENT"));
    assertThat(java.time.LocalDate.parse(r.getString("transactionDate")))
        .isAfter(java.time.LocalDate.of(2026, 1, 1));
    // Years after the window closed: a sale is banned.
    assertThat(r.getString("outcome")).isEqualTo("BLOCK");
  }

  @Test
  void designationDateGovernsAnAssetFreeze() {
    // OFSI's entry for Korea Kwangson Banking Corporation, designated 2016-04-19 (UN KPe.025).
    JsonPath before =
        screen(
            Map.of(
                "name",
                "Korea Kwangson Banking Corporation",
                "purpose",
                "PAYMENT",
                "threshold",
                0.5,
                "transactionDate",
                "2010-01-01"));
    String ofsi = "hits.find { it.entityIds.contains('gb-ofsi:12452') }";
    assertThat(before.getString(ofsi + ".decision.applies")).isEqualTo("DOES_NOT_APPLY");
    assertThat(before.getList(ofsi + ".decision.notes", String.class))
        .anyMatch(
            n ->
                n.startsWith("Asset freeze: designated on ")
                    && n.endsWith("after the transaction date 2010-01-01"));
    JsonPath after =
        screen(
            Map.of(
                "name",
                "Korea Kwangson Banking Corporation",
                "purpose",
                "PAYMENT",
                "threshold",
                0.5,
                "transactionDate",
                "2024-01-01"));
    assertThat(after.getString(ofsi + ".decision.applies")).isEqualTo("APPLIES");
    assertThat(after.getString(ofsi + ".decision.governingDates[0].label")).isEqualTo("LISTED_ON");
    assertThat(after.getString(ofsi + ".decision.governingDates[0].transactionDate"))
        .isEqualTo("AFTER");
  }

  @Test
  void aTransactionDateThatIsNotADateIsRefused() {
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("name", "SenseTime", "transactionDate", "1 March 2022"))
        .when()
        .post("/api/v1/screen")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void paymentReasonSaysTheListingDoesNotRestrictIt() {
    JsonPath r = screen(Map.of("name", "SENSETIME GROUP LIMITED", "purpose", "PAYMENT"));
    assertThat(r.getString("outcome")).isEqualTo("REVIEW");
    assertThat(r.getString("reason"))
        .contains("which does not restrict PAYMENT on ")
        .endsWith("; confirm that no other restriction applies.");
  }

  @ParameterizedTest(name = "an SDN entry for {0} is BLOCK")
  @CsvSource({"INVESTMENT", "IPO", "PAYMENT", "ONBOARDING", "EXPORT"})
  void sdnEntryBlocksEveryPurpose(String purpose) {
    JsonPath r = screen(Map.of("name", "Vladimir Putin", "type", "person", "purpose", purpose));
    assertThat(r.getString("outcome")).isEqualTo("BLOCK");
    // Listed by OFAC (blocking) and by the UK (asset freeze): both hits block.
    assertThat(
            r.getList(
                "hits.find { it.entityId == 'us-ofac-sdn:35096' }.decision.measures.code",
                String.class))
        .containsExactly("BLOCKING");
    assertThat(r.getString("hits.find { it.entityId == 'us-ofac-sdn:35096' }.decision.outcome"))
        .isEqualTo("BLOCK");
    assertThat(
            r.getString(
                "hits.find { h -> h.entityIds.any { id -> id.startsWith('gb-ofsi:') } }.decision.outcome"))
        .isEqualTo("BLOCK");
  }

  /** Beijing SenseTime Technology Development Co., Ltd. on the BIS Entity List (US CSL). */
  private static final String ENTITY_LIST_SENSETIME =
      "us-csl:caeb24bb901171744f7b376b17c4ad98a782c827";

  @ParameterizedTest(name = "the Entity List entry for {0} is {1}")
  @CsvSource({
    "EXPORT, BLOCK, APPLIES",
    // An export licence requirement does not restrict an investment or a payment: reported for a
    // person to confirm (screening.decisions.unrestricted-hit-outcome=REVIEW).
    "INVESTMENT, REVIEW, DOES_NOT_APPLY",
    "PAYMENT, REVIEW, DOES_NOT_APPLY"
  })
  void entityListRestrictsExports(String purpose, String outcome, String applies) {
    JsonPath r =
        screen(
            Map.of(
                "name", "Beijing Sensetime Technology Development Co., Ltd.", "purpose", purpose));
    String hit = "hits.find { it.entityId == '" + ENTITY_LIST_SENSETIME + "' }";
    assertThat(r.getString(hit + ".decision.outcome")).isEqualTo(outcome);
    assertThat(r.getString(hit + ".decision.applies")).isEqualTo(applies);
    assertThat(r.getList(hit + ".decision.measures.code", String.class)).contains("EXPORT_CONTROL");
    assertThat(r.getString("outcome")).isEqualTo(outcome);
  }

  @Test
  void nsPlcNeedsAPerson() {
    // NS-PLC listings are narrow restrictions: never BLOCK, always a person's call.
    JsonPath entry =
        given()
            .when()
            .get("/api/v1/entities/us-ofac-cons:9645")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(entry.getList("programs", String.class)).contains("NS-PLC");
    JsonPath r = screen(Map.of("name", entry.getString("name"), "purpose", "PAYMENT"));
    assertThat(r.getString("hits[0].entityId")).isEqualTo("us-ofac-cons:9645");
    assertThat(r.getString("outcome")).isEqualTo("REVIEW");
    assertThat(r.getString("hits[0].decision.applies")).isEqualTo("MAY_APPLY");
  }

  @Test
  void registrationNumberDecidesWhateverTheName() {
    JsonPath r =
        screen(
            Map.of(
                "name",
                "Harbour View Holdings",
                "purpose",
                "INVESTMENT",
                "identifiers",
                List.of(Map.of("type", "Registration Number", "value", "C.R. No. 2162198"))));
    assertThat(r.getString("outcome")).isEqualTo("BLOCK");
    assertThat(r.getString("hits[0].entityId")).isEqualTo("us-ofac-cons:33114");
    assertThat(r.getDouble("hits[0].score")).isEqualTo(1.0);
    assertThat(r.getString("hits[0].explanation.adjustments[0]"))
        .isEqualTo(
            "identifier Registration Number C.R. No. 2162198 equals the listed C.R. No. 2162198:"
                + " a match whatever the name says");
  }

  @Test
  void identifierOfAnotherKindDoesNotMatch() {
    JsonPath r =
        screen(
            Map.of(
                "name",
                "Harbour View Holdings",
                "identifiers",
                List.of(Map.of("type", "Passport", "value", "2162198"))));
    assertThat(r.getString("outcome")).isEqualTo("CLEAR");
    assertThat(r.getList("hits")).isEmpty();
  }

  @Test
  void noHitIsClearWithAReason() {
    JsonPath r = screen(Map.of("name", "Acme Widgets Inc", "purpose", "PAYMENT"));
    assertThat(r.getString("outcome")).isEqualTo("CLEAR");
    assertThat(r.getString("reason"))
        .isEqualTo("No listed party scores 0.82 or more against this name.");
  }

  @Test
  void dateOfBirthThatDiffersLowersTheScore() {
    // Entry 2676, AL ZAWAHIRI, Ayman: born 19 Jun 1951. The UN and UK designate him too (one hit
    // of several listings): the OFAC listing's own score is read.
    double agreeing =
        listingScore(
            screen(Map.of("name", "Ayman al-Zawahiri", "birthDate", "1951-06-19")),
            "us-ofac-sdn:2676");
    JsonPath differing =
        screen(Map.of("name", "Ayman al-Zawahiri", "birthDate", "1990-01-01", "threshold", 0.5));
    double lowered = listingScore(differing, "us-ofac-sdn:2676");
    assertThat(lowered).isLessThan(agreeing);
    assertThat(
            differing.getList(
                "hits.find { it.entityIds.contains('us-ofac-sdn:2676') }.explanation.adjustments",
                String.class))
        .anyMatch(a -> a.startsWith("date of birth 1990-01-01 differs from every listed one"));
  }

  /** The score of one listing: the hit's own, or its listing's when lists were merged. */
  private static double listingScore(JsonPath r, String entityId) {
    String hit = "hits.find { it.entityIds.contains('" + entityId + "') }";
    if (r.getList(hit + ".listings").isEmpty()) {
      return r.getDouble(hit + ".score");
    }
    return r.getDouble(hit + ".listings.find { it.entityId == '" + entityId + "' }.score");
  }
}
