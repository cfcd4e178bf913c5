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
    "EXPORT, REVIEW, DOES_NOT_APPLY"
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
    assertThat(r.getString("measuresVersion")).isEqualTo("2026-11-28.1");
  }

  @Test
  void investmentReasonNamesTheProgramAndMeasure() {
    JsonPath r = screen(Map.of("name", "SENSETIME GROUP LIMITED", "purpose", "INVESTMENT"));
    assertThat(r.getString("reason"))
        .isEqualTo(
            "SENSETIME GROUP LIMITED (us-ofac-cons:33114, score 1.00) is listed under CMIC-EO13959"
                + " (Ban on publicly traded securities (NS-CMIC)), Listing Date (CMIC) 2021-12-10,"
                + " Effective Date (CMIC) 2022-02-08, Purchase/Sales For Divestment Date (CMIC)"
                + " 2022-12-10: Ban on publicly traded securities (NS-CMIC) restricts"
                + " INVESTMENT.");
  }

  @Test
  void paymentReasonSaysTheListingDoesNotRestrictIt() {
    JsonPath r = screen(Map.of("name", "SENSETIME GROUP LIMITED", "purpose", "PAYMENT"));
    assertThat(r.getString("outcome")).isEqualTo("REVIEW");
    assertThat(r.getString("reason"))
        .endsWith("which does not restrict PAYMENT; confirm that no other restriction applies.");
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
    assertThat(r.getString("hits.find { it.source == 'gb-ofsi' }.decision.outcome"))
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
    // Entry 2676, AL ZAWAHIRI, Ayman: born 19 Jun 1951.
    double agreeing =
        screen(Map.of("name", "Ayman al-Zawahiri", "birthDate", "1951-06-19"))
            .getDouble("hits.find { it.entityId == 'us-ofac-sdn:2676' }.score");
    JsonPath differing =
        screen(Map.of("name", "Ayman al-Zawahiri", "birthDate", "1990-01-01", "threshold", 0.5));
    double lowered = differing.getDouble("hits.find { it.entityId == 'us-ofac-sdn:2676' }.score");
    assertThat(lowered).isLessThan(agreeing);
    assertThat(
            differing.getList(
                "hits.find { it.entityId == 'us-ofac-sdn:2676' }.explanation.adjustments",
                String.class))
        .anyMatch(a -> a.startsWith("date of birth 1990-01-01 differs from every listed one"));
  }
}
