package io.sanctionscreen.lists.parse;

import static io.sanctionscreen.lists.parse.OfacXmlParserTest.entry;
import static io.sanctionscreen.lists.parse.OfacXmlParserTest.stream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sanctionscreen.lists.model.EntryType;
import io.sanctionscreen.lists.model.NameKind;
import io.sanctionscreen.lists.model.ParsedEntry;
import io.sanctionscreen.lists.model.ParsedList;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OfacEnhancedXmlParserTest {

  private static final String FILE = "ofac/CONS_ENHANCED_2025-01.ZIP";

  private static ParsedList parse() {
    return OfacEnhancedXmlParser.parseZip(TestFiles.open(FILE), "us-ofac-cons");
  }

  @Test
  void readsEveryEntityOfTheZippedFile() {
    ParsedList list = parse();

    assertThat(list.listDate()).isEqualTo(LocalDate.of(2025, 1, 10));
    // Counted with python3 ElementTree: 443 entity, 80 Individual, 363 Entity; 1,623 distinct
    // names over all translations, 45 of them in a non-Latin script, 71 low quality.
    assertThat(list.entries()).hasSize(443);
    assertThat(list.entries()).filteredOn(e -> e.type() == EntryType.PERSON).hasSize(80);
    assertThat(list.entries()).flatMap(ParsedEntry::names).hasSize(1623);
    assertThat(list.entries())
        .flatMap(ParsedEntry::names)
        .filteredOn(n -> n.kind() == NameKind.ORIGINAL_SCRIPT)
        .hasSize(45);
    assertThat(list.entries()).flatMap(ParsedEntry::names).filteredOn(n -> n.weak()).hasSize(71);
  }

  @Test
  void senseTimeHasItsChineseNameAndCmicFacts() {
    ParsedEntry e = entry(parse(), "33114");

    assertThat(e.primaryName()).isEqualTo("SENSETIME GROUP LIMITED");
    assertThat(e.names())
        .containsExactly(
            new ParsedEntry.Name("SENSETIME GROUP LIMITED", NameKind.PRIMARY, false),
            new ParsedEntry.Name("商湯集團有限公司", NameKind.ORIGINAL_SCRIPT, false),
            new ParsedEntry.Name("SENSETIME GROUP LTD", NameKind.AKA, false));
    assertThat(e.programs()).containsExactly("CMIC-EO13959");
    assertThat(e.identifiers())
        .containsExactly(new ParsedEntry.Identifier("C.R. No.", "2162198", "Hong Kong", null));
    assertThat(e.attributes())
        .containsExactlyInAnyOrder(
            new ParsedEntry.Attribute("LIST", "Non-SDN CMIC List"),
            new ParsedEntry.Attribute("LIST", "Consolidated List"),
            new ParsedEntry.Attribute("Listing Date (CMIC)", "2021-12-10"),
            new ParsedEntry.Attribute("Effective Date (CMIC)", "2022-02-08"),
            new ParsedEntry.Attribute("Purchase/Sales For Divestment Date (CMIC)", "2022-12-10"));
    assertThat(e.addresses())
        .containsExactly(
            new ParsedEntry.Address(
                "Block 1, 1F & 2F Harbour View, 12 Science Park, West Avenue",
                "Hong Kong New Territories, Hong Kong SAR",
                "China",
                null));
  }

  @Test
  void senseTimeReadsAsTheSdnListXmlReadsIt() {
    ParsedEntry enhanced = entry(parse(), "33114");
    ParsedEntry xml =
        entry(
            OfacXmlParser.parse(TestFiles.open("ofac/consolidated_2025-03-28.xml.gz"), "x"),
            "33114");

    assertThat(enhanced.names()).containsAll(xml.names());
    assertThat(enhanced.identifiers()).isEqualTo(xml.identifiers());
    assertThat(enhanced.attributes()).containsAll(xml.attributes());
  }

  @Test
  void aCyrillicTranslationIsAnOriginalScriptName() {
    ParsedEntry vtb = entry(parse(), "17013");

    assertThat(vtb.primaryName()).isEqualTo("VTB BANK PUBLIC JOINT STOCK COMPANY");
    assertThat(vtb.names())
        .contains(
            new ParsedEntry.Name(
                "БАНК ВТБ ПУБЛИЧНОЕ АКЦИОНЕРНОЕ ОБЩЕСТВО", NameKind.ORIGINAL_SCRIPT, false));
  }

  @Test
  void aZipWithoutXmlIsRefused() {
    assertThatThrownBy(() -> OfacEnhancedXmlParser.parseZip(stream("not a zip"), "x"))
        .isInstanceOf(ListFormatException.class)
        .hasMessageContaining("not a ZIP archive");
  }
}
