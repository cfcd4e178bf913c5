package io.sanctionscreen.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rule that makes entries of different lists one designation, on fixed inputs. */
class DesignationsTest {

  @Test
  void theUnListsOwnIdIsItsReference() {
    assertThat(Designations.keys("un-sc", "KPe.025", List.of(), null, List.of()))
        .containsExactly("UN KPE.025");
  }

  @Test
  void ofsiCitesTheUnReferenceInItsOtherInformation() {
    String remarks =
        "(UK Sanctions List Ref):DPR0180. (UN Ref):KPe.025. Korea Kwangson Banking Corporation"
            + " (KKBC) provides financial services in support to Tanchon Commercial Bank.";
    assertThat(Designations.keys("gb-ofsi", "12452", List.of(), remarks, List.of()))
        .containsExactly("OFSI 12452", "UN KPE.025");
  }

  @Test
  void euAndUkXmlGiveItAsAnAttribute() {
    assertThat(
            Designations.keys(
                "eu-fsf",
                "13",
                List.of(Map.entry("UN_REFERENCE_NUMBER", "QDi.004")),
                null,
                List.of()))
        .containsExactly("UN QDI.004");
    // Not a UN reference: ignored rather than guessed.
    assertThat(
            Designations.keys(
                "eu-fsf",
                "13",
                List.of(Map.entry("UN_REFERENCE_NUMBER", "EU.123.45")),
                null,
                List.of()))
        .isEmpty();
  }

  @Test
  void theUkSanctionsListGivesOfsisGroupId() {
    assertThat(Designations.keys("gb-ofsi", "12703", List.of(), null, List.of()))
        .containsExactly("OFSI 12703");
    assertThat(
            Designations.keys(
                "gb-fcdo",
                "AFG0001",
                List.of(Map.entry("OFSI_GROUP_ID", "12703")),
                null,
                List.of()))
        .containsExactly("OFSI 12703");
  }

  @Test
  void identicalIdentifiersOfAKnownKind() {
    List<IndexEntry.Identifier> ids =
        List.of(
            new IndexEntry.Identifier("IMO", "9562233", null),
            new IndexEntry.Identifier("Website", "www.example-12345.com", null),
            new IndexEntry.Identifier("Passport", "123", null));
    // The IMO number joins; a website (kind unknown) and a short number do not.
    assertThat(Designations.keys("us-ofac-sdn", "1", List.of(), null, ids))
        .containsExactly("OFAC 1", "ID IMO 9562233");
  }

  @Test
  void namesNeverJoin() {
    assertThat(Designations.keys("us-ofac-sdn", "11581", List.of(), "Korea Kwangson", List.of()))
        .containsExactly("OFAC 11581");
    assertThat(Designations.keys("us-csl", "e0b3c1", List.of(), "Korea Kwangson", List.of()))
        .isEmpty();
  }

  @Test
  void theCslRowOfAnOfacEntryCarriesItsEntityNumber() {
    // SenseTime: us-ofac-cons:33114, and the CSL's CMIC row with entity_number 33114.
    assertThat(
            Designations.keys(
                "us-csl",
                "1f6c2d",
                List.of(Map.entry(Designations.OFAC_ENTITY_ATTRIBUTE, "33114")),
                null,
                List.of()))
        .containsExactly("OFAC 33114")
        .containsExactlyElementsOf(
            Designations.keys("us-ofac-cons", "33114", List.of(), null, List.of()));
    // Something that is not a number is no key.
    assertThat(
            Designations.keys(
                "us-csl",
                "1f6c2d",
                List.of(Map.entry(Designations.OFAC_ENTITY_ATTRIBUTE, "n/a")),
                null,
                List.of()))
        .isEmpty();
  }
}
