package io.sanctionscreen.lists.parse;

import static io.sanctionscreen.lists.parse.OfacXmlParserTest.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sanctionscreen.lists.model.EntryType;
import io.sanctionscreen.lists.model.NameKind;
import io.sanctionscreen.lists.model.ParsedEntry;
import io.sanctionscreen.lists.model.ParsedList;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UsCslCsvParserTest {

  private static final String ENTITY_LIST = "Entity List (EL) - Bureau of Industry and Security";
  private static final LocalDate MAY_2022 = LocalDate.of(2022, 5, 16);
  private static ParsedList list;

  /** The 14,160-row file is parsed once for all tests of this class. */
  private static synchronized ParsedList parse() {
    if (list == null) {
      list =
          UsCslCsvParser.parse(
              TestFiles.reader("us_csl/csl_2022-05-16.csv.gz"), "us-csl", MAY_2022);
    }
    return list;
  }

  @Test
  void mergesTheRowsOfEachPartyAcrossSourceLists() {
    ParsedList l = parse();

    assertThat(l.listDate()).isEqualTo(MAY_2022);
    // python3 csv: 14,160 rows, 14,048 distinct _id (70 parties on two or three lists);
    // 5,284 Individual, 4,423 Entity + 3,625 without a type, 433 Vessel, 283 Aircraft;
    // 2,001 parties on the Entity List.
    assertThat(l.entries()).hasSize(14048);
    assertThat(l.entries()).filteredOn(e -> e.type() == EntryType.PERSON).hasSize(5284);
    assertThat(l.entries()).filteredOn(e -> e.type() == EntryType.ORGANIZATION).hasSize(8048);
    assertThat(l.entries()).filteredOn(e -> e.type() == EntryType.VESSEL).hasSize(433);
    assertThat(l.entries()).filteredOn(e -> e.type() == EntryType.AIRCRAFT).hasSize(283);
    assertThat(l.entries()).filteredOn(e -> e.programs().contains(ENTITY_LIST)).hasSize(2001);

    ParsedEntry vtbAfrica = entry(l, "18725");
    assertThat(vtbAfrica.programs())
        .containsExactly(
            "Capta List (CAP) - Treasury Department",
            "UKRAINE-EO13662",
            "RUSSIA-EO14024",
            "Specially Designated Nationals (SDN) - Treasury Department",
            "Sectoral Sanctions Identifications List (SSI) - Treasury Department");
  }

  @Test
  void senseTimeOnTheEntityListWithBothAliases() {
    ParsedEntry e = entry(parse(), "caeb24bb901171744f7b376b17c4ad98a782c827");

    assertThat(e.type()).isEqualTo(EntryType.ORGANIZATION);
    assertThat(e.names())
        .containsExactly(
            new ParsedEntry.Name(
                "Beijing Sensetime Technology Development Co., Ltd.", NameKind.PRIMARY, false),
            new ParsedEntry.Name(
                "Beijing Shangtang Technology Development Co., Ltd.", NameKind.AKA, false),
            new ParsedEntry.Name("Sense Time", NameKind.AKA, false));
    assertThat(e.programs()).containsExactly(ENTITY_LIST);
    assertThat(e.addresses())
        .containsExactly(
            new ParsedEntry.Address(
                "5F, Block B, Science and Technology Building, Tsing-hua Science Park, Haidian"
                    + " District, Beijing",
                null,
                "CN",
                null));
    assertThat(e.attributes())
        .contains(
            new ParsedEntry.Attribute("START_DATE", "2019-10-09"),
            new ParsedEntry.Attribute(
                "FEDERAL_REGISTER_NOTICE", "84 FR 54002; 85 FR 34505; 85 FR 44159"));
  }

  @Test
  void senseTimeGroupOnTheCmicListWithItsOfacFacts() {
    ParsedEntry e = entry(parse(), "33114");

    assertThat(e.primaryName()).isEqualTo("SENSETIME GROUP LIMITED");
    assertThat(e.names())
        .contains(new ParsedEntry.Name("SENSETIME GROUP LTD", NameKind.AKA, false));
    assertThat(e.programs())
        .containsExactly(
            "Non-SDN Chinese Military-Industrial Complex Companies List (CMIC) - Treasury"
                + " Department",
            "CMIC-EO13959");
    assertThat(e.identifiers())
        .containsExactly(new ParsedEntry.Identifier("C.R. No.", "2162198", "HK", null));
    assertThat(e.attributes())
        .contains(
            new ParsedEntry.Attribute("Listing Date (CMIC)", "2021-12-10"),
            new ParsedEntry.Attribute("Effective Date (CMIC)", "2022-02-08"),
            new ParsedEntry.Attribute("Purchase/Sales For Divestment Date (CMIC)", "2022-12-10"),
            new ParsedEntry.Attribute("OFAC_ENTITY_NUMBER", "33114"));
  }

  @Test
  void onlyTheRowsTakenFromOfacCarryAnOfacEntityNumber() {
    ParsedList l = parse();
    // python3 csv: 10,535 rows from Treasury lists, of 14,160.
    assertThat(l.entries())
        .filteredOn(e -> e.programs().stream().anyMatch(p -> p.endsWith("Treasury Department")))
        .allSatisfy(
            e ->
                assertThat(e.attributes())
                    .extracting(ParsedEntry.Attribute::kind)
                    .contains("OFAC_ENTITY_NUMBER"));
    assertThat(entry(l, "caeb24bb901171744f7b376b17c4ad98a782c827").attributes())
        .extracting(ParsedEntry.Attribute::kind)
        .doesNotContain("OFAC_ENTITY_NUMBER");
  }

  @Test
  void alternativeNamesAreSplitOnAndAndAka() {
    assertThat(
            UsCslCsvParser.altNames(
                "China Shipbuilding Industry Group Co., Ltd. (CSIC) 710th Research Institute; and"
                    + " Yichang Testing Technology Research Institute a.k.a. Yichang Institute of"
                    + " Testing Technology"))
        .extracting(ParsedEntry.Name::name)
        .containsExactly(
            "China Shipbuilding Industry Group Co., Ltd. (CSIC) 710th Research Institute",
            "Yichang Testing Technology Research Institute",
            "Yichang Institute of Testing Technology");
    assertThat(
            UsCslCsvParser.altNames("Gazprom Neft OAO; f.k.a. Sibirskaya Neftyanaya Kompaniya OAO"))
        .containsExactly(
            new ParsedEntry.Name("Gazprom Neft OAO", NameKind.AKA, false),
            new ParsedEntry.Name("Sibirskaya Neftyanaya Kompaniya OAO", NameKind.FKA, false));
  }

  @Test
  void theTruncated2023FileIsRefusedAtItsLastRecord() {
    assertThatThrownBy(
            () ->
                UsCslCsvParser.parse(
                    TestFiles.reader("us_csl/csl_2023-11-30_partial.csv.gz"), "us-csl", null))
        .isInstanceOf(ListFormatException.class)
        .hasMessageContaining("not valid CSV")
        .hasMessageContaining("EOF reached before encapsulated token finished");
  }

  @Test
  void theRepeatedHeaderOfThe2023FileIsSkipped() throws IOException {
    String text;
    try (Reader r = TestFiles.reader("us_csl/csl_2023-11-30_partial.csv.gz")) {
      StringBuilder b = new StringBuilder();
      char[] buf = new char[8192];
      for (int n; (n = r.read(buf)) > 0; ) {
        b.append(buf, 0, n);
      }
      text = b.toString();
    }
    // Drop the last, truncated record; what remains is whole.
    String whole = text.substring(0, text.lastIndexOf("\n\"11476\",") + 1);

    ParsedList l = UsCslCsvParser.parse(new StringReader(whole), "us-csl", null);

    // python3 csv: 4,226 complete rows after the two header rows, 4,219 distinct _id.
    assertThat(l.entries()).hasSize(4219);
    assertThat(entry(l, "33114").primaryName()).isEqualTo("Sensetime Group Limited");
    assertThat(entry(l, "33114").identifiers())
        .containsExactly(new ParsedEntry.Identifier("C.R. No.", "2162198", "HK", null));
  }
}
